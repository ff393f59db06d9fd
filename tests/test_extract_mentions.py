"""Names, titles and institutions parsed from the words naming a source."""

import pytest
from extracted import only, quotes_of

from quotes.extraction import extract_text
from quotes.extraction.mentions import (classify_name, parse_mention, split_institution_role, split_title_name, without_base,
                                       without_rank_after)


@pytest.mark.parametrize("body, title, institution", [
    ("“Stocks look cheap,” said Ana Silva, director of the Markets Desk at the Lisbon Institute.",
     "director of the Markets Desk", "Lisbon Institute"),
    ("“Stocks look cheap,” said Ana Silva, acting president of the Lisbon Institute for Policy Studies think tank in Lisbon.",
     "acting president", "Lisbon Institute for Policy Studies"),
    ("“Stocks look cheap,” said Ana Silva of Porto Capital.", None, "Porto Capital"),
])
def test_appositive_roles(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Ana Silva", title, institution)

@pytest.mark.parametrize("body, speaker, title", [
    ("US Secretary of State Antony Blinken has said he would look at both options.", "Antony Blinken", "US Secretary of State"),
    ("Fed Chair Jerome Powell said rates would stay on hold.", "Jerome Powell", "Chair"),  # and institution Fed
])
def test_titles_before_the_name(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title) == (speaker, title)

@pytest.mark.parametrize("body, speaker", [
    ("A senior US official said the talks had stalled.", "A senior US official"),
    ("The talks had stalled, experts say.", "experts"),
    ("Analysts said the talks had stalled.", "Analysts"),
])
def test_unnamed_sources_are_anonymous(body, speaker):
    q = only(body)
    assert (q.speaker, q.anonymous) == (speaker, True)

def test_organisations_speak_as_themselves():
    q = only("The Joint Chiefs of Staff confirmed that two missiles were fired on Sunday.")
    assert (q.speaker, q.anonymous, q.title, q.institution) == ("Joint Chiefs of Staff", False, None, None)
    assert q.speaker_kind == "organization"

def test_role_before_the_name_in_an_appositive():
    q = only("Goldman Sachs' chief economist, Jan Hatzius, said the recession risk had fallen.")
    assert (q.speaker, q.title, q.institution) == ("Jan Hatzius", "chief economist", "Goldman Sachs")

@pytest.mark.parametrize("body, title, institution", [
    # a relative clause naming the institution gives the role paired with it
    ("Panel chairman Victor Lane, who is also deputy chief economist at the Federation of Widget Makers, "
     "said prices will rise next year.", "deputy chief economist", "Federation of Widget Makers"),
    # the institution's own appositive is cut off, and a name may start with a number
    ("Mira Holt, director of 12 Harbor, a Boston-based coastal monitoring group, said the storms will get worse.",
     "director", "12 Harbor"),
    # 'as well as' joins two roles: the first paired with a named institution
    ("Dr. Ana Ruiz is the director of the Sample Center, as well as a professor at the University of Nowhere.\n\n"
     "“We will see more cases,” Ruiz said.", "director", "Sample Center"),
    # a role printed as an appositive outside any attribution; 'A, B and the C' is one name
    ("The study drew criticism, including from Ana Ruiz, the director of the Center for Water, Soil and the Sea "
     "at the University of Nowhere.\n\n“It is wrong,” Ruiz wrote.",
     "director of the Center for Water, Soil and the Sea", "University of Nowhere"),
])
def test_role_paired_with_the_named_institution(body, title, institution):
    q = only(body)
    assert (q.title, q.institution) == (title, institution)

def test_a_role_before_a_comma_and_the_name():
    q = only("Former Example United midfielder, Tom Reed has said that the club will win the league.")
    assert (q.speaker, q.title, q.institution, q.text) == ("Tom Reed", "Former midfielder", "Example United",
                                            "the club will win the league")

def test_a_role_stated_in_a_from_appositive_pairs_with_the_printed_title():
    body = ("“The model says he will win,” Professor Ana Ruiz told the paper.\n\n"
            "Ruiz, from the Department of History at Sample University in Ohio, has called the last five races.")
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Ana Ruiz", None, "Sample University")  # ('Professor': a form of address)

def test_an_institute_at_a_university_speaks_as_one_organisation():
    q = only("After reading the photos, the Example Institute at Sample University said the launch may come soon.")
    assert q.speaker == "Example Institute at Sample University"

def test_where_a_firm_is_based_is_no_part_of_its_name():
    q = only("Hackers could strike soon, said Tom Reed, chief executive of Redwood City, California-based Example Security.")
    assert (q.title, q.institution) == ("chief executive", "Example Security")


@pytest.mark.parametrize("name, kept", [
    ("Tokyo-based Ace Research Institute", "Ace Research Institute"),
    ("New York-based Ace Investment Management", "Ace Investment Management"),  # a place of several words
    ("Ace Research Institute", "Ace Research Institute"),
])
def test_where_a_body_is_based_is_cut_from_its_name(name, kept):
    assert without_base(name) == kept


@pytest.mark.parametrize("body, title, institution", [
    ("Sampleton-based forecaster Tom Reed said the heat will break soon.", "forecaster", None),  # where, no body
    ("Tokyo-based Example Research analyst Tom Reed said the heat will break soon.", "analyst", "Example Research"),
])
def test_where_a_person_is_based_before_a_role_and_name_is_no_institution(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, institution)

@pytest.mark.parametrize("body, text, speaker, title, institution", [
    ("Sen. Ana Ruiz, D-N.Y., believes that the bill will pass by July.", "the bill will pass by July",
     "Ana Ruiz", "Sen.", None),
    ("Prices will slide, said Tom Reed, head of trading at investment firm Example Markets in Oslo.",
     "Prices will slide", "Tom Reed", "head of trading", "Example Markets"),
    ("Tom Reed of Germany's Example Bank said the cut will help.", "the cut will help", "Tom Reed", None, "Example Bank"),
    ("“Oil rose on hopes of a deal,” ANZ bank said on Tuesday.", "Oil rose on hopes of a deal", "ANZ bank", None, None),
    ("Tom Reed, Russia's top military analyst, said an offensive is likely soon.", "an offensive is likely soon",
     "Tom Reed", "top military analyst", None),
    # an honorific before a full name in apposition to the role goes, as before any name
    ("Prices will rise, according to the chief executive of the Sample Board, Dr. Jane Roe.", "Prices will rise",
     "Jane Roe", "chief executive", "Sample Board"),
    # the reporter's praise goes ('top' after a possessive ranks, above, and stays)
    ("Rates will fall, said top economist Tom Reed.", "Rates will fall", "Tom Reed", "economist", None),
    ("Tom Reed, a longtime political science professor at Sample University, said rates will fall.",
     "rates will fall", "Tom Reed", "political science professor", "Sample University"),
    ("Prices are too high, another shopper, Jane Roe, said.", "Prices are too high", "Jane Roe", "shopper", None),
])
def test_party_tags_firm_descriptors_and_countries(body, text, speaker, title, institution):
    q = only(body)
    assert (q.text, q.speaker, q.title, q.institution) == (text, speaker, title, institution)

def test_a_role_printed_before_the_name_outside_an_attribution():
    body = ("Sample State University planetary scientist Jim Bell, PhD, joined the panel in July.\n\n"
            "“It is a mix of doubt and hope,” says Bell.")
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jim Bell", "planetary scientist", "Sample State University")


def test_a_title_with_its_field_printed_before_the_name_outside_an_attribution():
    body = ("Sample University professor of earth science Jane Roe and a graduate student have found new evidence.\n\n"
            "“The decline was very fast,” Roe said.")
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "professor of earth science", "Sample University")

def test_an_appositive_naming_a_firm_makes_the_source_an_organisation():
    q = only("Example Sachs, global investment bank, said the cut was justified by the fall in prices.")
    assert (q.speaker, q.speaker_kind, q.title) == ("Example Sachs", "organization", None)

@pytest.mark.parametrize("body, title, institution", [
    ("“Demand is strong,” Example Stanley analyst Joe Moore said in a note.", "analyst", "Example Stanley"),
    ("“Talks will go on,” Kremlin spokesperson Dmitry Peskov told reporters.", "Kremlin spokesperson", None),
    ("Lead author Ana Ruiz of Sample University wrote that forests are weaker.", "Lead author", "Sample University"),
])
def test_an_organisation_printed_before_a_lowercase_role(body, title, institution):
    q = only(body)
    assert (q.title, q.institution) == (title, institution)

def test_an_appositive_role_ends_where_the_sentence_goes_on():
    body = ("But Ana Ruiz, lead tech analyst at Example Fund, predicts more growth in the coming years, predicting the "
            "company will be worth far more than it is today after a long run of quarters that beat estimates.\n\n"
            "In addition to hardware, software also gives the firm an edge, Ruiz said.")
    last = quotes_of(body)[-1]
    assert last.text == "In addition to hardware, software also gives the firm an edge"
    assert (last.title, last.institution) == ("lead tech analyst", "Example Fund")

def test_a_university_named_after_its_country_before_a_role():
    q = only("Universiti Sains Malaysia senior lecturer Dr Ana Ruiz said the party would likely benefit.")
    assert (q.speaker, q.title, q.institution) == ("Ana Ruiz", "senior lecturer", "Universiti Sains Malaysia")

@pytest.mark.parametrize("body, speaker, title, institution", [
    ("Rates could fall in June, ECB policy-maker Pablo Hernandez de Cos said on Wednesday.\n\n"
     "“June could be the first cut,” De Cos told an event.", "Pablo Hernandez de Cos", "policy-maker", "ECB"),
    ("Iran is ready to deal, argues Tom Reed, a former nuclear negotiator for the Iranian government.",
     "Tom Reed", "former nuclear negotiator for the Iranian government", None),
    ("Talks will resume, said Ana Ruiz, a member of the German Institute for Affairs in Berlin.",
     "Ana Ruiz", "member", "German Institute for Affairs"),
])
def test_name_particles_state_roles_and_demonym_institutions(body, speaker, title, institution):
    found = quotes_of(body)
    assert all((q.speaker, q.title, q.institution) == (speaker, title, institution) for q in found)

def test_a_name_is_only_capitalised_words():
    from quotes.extraction.mentions import split_title_name
    assert split_title_name("veteran engineer Gentry Lee expressed doubt") == (None, "veteran engineer Gentry Lee expressed doubt")
    assert split_title_name("policy-maker Pablo Hernandez de Cos") == ("policy-maker", "Pablo Hernandez de Cos")


@pytest.mark.parametrize("body, speaker, title, institution", [
    ("Bank of Canada Governor Tiff Macklem said prices would ease.", "Tiff Macklem", "Governor", "Bank of Canada"),
    ("Europol Director Rob Wainwright said the threat was live.", "Rob Wainwright", "Director", "Europol"),
    ("Kremlin Spokesman Dmitry Peskov said the threat was live.", "Dmitry Peskov", "Kremlin Spokesman", None),
    ("Prices will rise, OPEC secretary general Abdhullah al-Badri has said.", "Abdhullah al-Badri",
     "secretary general", "OPEC"),
    ("“Injuries have played a big part,” senior Philip Brown said.", "Philip Brown", "senior", None),
    ("Union minister Anurag Thakur said the session would be short.", "Anurag Thakur", "Union minister", None),
    # capitalised words ending in a name of no dictionary (or its region), then a capitalised title: the organisation
    # (tune: etemaaddaily, infranews, theinvesting); ending in a word of the language, the role's own words
    ("Velmora Zorvex Member Jane Roe said the wave is stabilising.", "Jane Roe", "Member", "Velmora Zorvex"),
    ("Zorvex South Asia Managing Director Jane Roe said prices fell.", "Jane Roe", "Managing Director",
     "Zorvex South Asia"),
    ("Sample Fire Wildfire Captain Jane Roe said the season would be long.", "Jane Roe", "Sample Fire Wildfire Captain",
     None),
    ("Infectious Disease Specialist Jane Roe said the season would be long.", "Jane Roe",
     "Infectious Disease Specialist", None),
    # capitalised words after the organisation's word of organisations: the person's field or unit, in the title
    # (tune: sfu, sundayobserver)
    ("Sample Fraser University Urban Studies associate professor Jane Roe said prices will rise.", "Jane Roe",
     "Urban Studies associate professor", "Sample Fraser University"),
    ("International Sample Fund Mission Head Jane Roe said growth will slow.", "Jane Roe", "Mission Head",
     "International Sample Fund"),
])
def test_organisations_before_titles_particles_and_ranks(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


def test_a_capitalised_verb_or_preposition_is_no_name():
    assert quotes_of("Noted Pogba: Man City would finish first.") == []
    assert only("Of the title race, Klopp said there are six clubs in contention.").speaker == "Klopp"


@pytest.mark.parametrize("body, speaker", [
    ("El Nino could strengthen, the National Oceanic and Atmospheric Administration’s Climate Prediction Center said.",
     "Climate Prediction Center"),
    ("The National Oceanic and Atmospheric Administration (NOAA) is watching.\n\n"
     # spelled out, without the bracketed acronym (annotations/README.md)
     "The chance of a strong El Nino is 56%, the NOAA forecast said.", "National Oceanic and Atmospheric Administration"),
])
def test_organisations_speaking_through_units_and_documents(body, speaker):
    assert only(body).speaker == speaker


@pytest.mark.parametrize("body, title, institution", [
    # an organisation's descriptor ('German chipmaker', 'Dutch bank', 'consultancy') is no part of its name
    ("Jochen Roth, CEO of German chipmaker Examplon, said demand will recover next year.", "CEO", "Examplon"),
    ("“Demand will recover,” German chipmaker Examplon's CEO Jochen Roth told reporters.", "CEO", "Examplon"),
    ("Dutch bank EXB's chief economist Jane Roe said rates will fall.", "chief economist", "EXB"),
    ("Jane Roe, an oil analyst at consultancy Sample Partners, said prices will rise.", "oil analyst", "Sample Partners"),
    ("Jane Roe, chief economist of Swiss bank Sample Capital, said rates will fall.", "chief economist", "Sample Capital"),
    ("Jane Roe, a fellow at Washington think tank the Sample Institute, said the vote will be close.",
     "fellow", "Sample Institute"),
    # a public or trade body's kind ('industry body', 'trade association', data/org_kinds.txt) likewise
    ("Jane Roe, economics director at industry body Sample Oil UK, said output will slump.",
     "economics director", "Sample Oil UK"),
    # a country's possessive before a body printed by its name goes, and is no institution
    ("Jane Roe, Director of Saint Lucia’s Sample Meteorological Services, said the season will be active.",
     "Director", "Sample Meteorological Services"),
    ("Jane Roe, second-in-command of Iran’s Sample Guard Corps, said the attack will come.",
     "second-in-command", "Sample Guard Corps"),
    # two title words joined by a slash are one title
    ("Jane Roe, president/CEO of the Sample Chamber of Commerce, said jobs will go.", "president/CEO", "Sample Chamber of Commerce"),
    # a plural's possessive ends the owner's name; 'one' is a determiner like 'a'
    ("Sample News’ Asia bureau chief Jane Roe said a clash is unlikely.", "Asia bureau chief", "Sample News"),
    # a participial modifier ('state-run', 'Maryland-based') likewise
    ("Li Wei, a researcher at the state-run Institute of Energy Studies, said demand will rise.",
     "researcher", "Institute of Energy Studies"),
    ("Ana Ruiz, an expert of Maryland-based Sample University, warned that cases will rise.",
     "expert", "Sample University"),
    # a legal form ends a company's name printed before the role
    ("Examplon Technologies AG CEO Jochen Roth said demand will recover next year.", "CEO", "Examplon Technologies AG"),
    ("Example Inc. Chief Executive Officer Jane Roe said demand will recover next year.",
     "Chief Executive Officer", "Example Inc."),
])
def test_descriptors_of_organisations_are_dropped(body, title, institution):
    q = only(body)
    assert (q.title, q.institution) == (title, institution)


def test_one_before_a_lead_description_is_a_determiner():
    found = quotes_of("Flu is rising, one Sample University Medical Center doctor said.\n\n“It will continue,” Dr. Jane Roe said.")
    assert [(q.speaker, q.title, q.institution) for q in found] == [("Jane Roe", "doctor", "Sample University Medical Center")] * 2


@pytest.mark.parametrize("body, title, institution", [
    # a relative clause naming an institution, with or without a comma: the role paired with it
    ("Li Wei, a former ambassador to Japan who now chairs the Asia programme at the Center for Pacific Studies, "
     "said talks will fail.", None, "Center for Pacific Studies"),
    ("Jane Roe, a former Fed official who is now chief economist at Sample Bank, said rates will fall.",
     "chief economist", "Sample Bank"),
    # without an institution in the clause, the first role stays
    ("Jane Roe, a Democratic pollster who is not involved with the campaign, said the race is close.",
     "Democratic pollster", None),
])
def test_relative_clause_roles(body, title, institution):
    q = only(body)
    assert (q.title, q.institution) == (title, institution)


@pytest.mark.parametrize("body, speaker, kind", [
    # a descriptor of a kind of organisation before its name: the organisation speaks
    ("Carmaker Sample Motors said sales will fall next year.", "Sample Motors", "organization"),
    ("Rates will fall, German lender Sample Bank said on Monday.", "Sample Bank", "organization"),
    # the full stop of an abbreviated legal form belongs to the name
    ("Chip demand will surge next year, according to machinery maker Example Electron Ltd.", "Example Electron Ltd.",
     "organization"),
    # an age before a name is no part of it
    ("“Data will grow tenfold,” said 59-year-old Toshi Kawa.", "Toshi Kawa", "person"),
    # a person's title before the name stays a person's ('Hollywood producer Jane Roe')
    ("Hollywood producer Jane Roe said the film will open in May.", "Jane Roe", "person"),
])
def test_described_organisations_ages_and_legal_forms(body, speaker, kind):
    q = only(body)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_a_whole_role_at_an_organisation_printed_before_the_name():
    body = ("The virus will spread for two more weeks, head of the Laboratory of Genes, Cells and Viruses at "
            "Sampleton State University Igor Petrov told a news conference.\n\n"
            "According to Petrov, the country is better prepared. “It is not the flu,” the expert explained.")
    found = quotes_of(body)
    assert [(q.speaker, q.title, q.institution) for q in found] == [
        ("Igor Petrov", "head of the Laboratory of Genes, Cells and Viruses", "Sampleton State University")] * 3


@pytest.mark.parametrize("body, title, institution", [
    # two bare titles joined by 'and' are one role of the named institution
    ("Jane Roe, chief executive and founder of Sample Partners, said rates will fall.",
     "chief executive and founder", "Sample Partners"),
    ("Jane Roe, chief investment officer at wealth manager Sample Partners, said rates will fall.",
     "chief investment officer", "Sample Partners"),
    # an adjective before a name with an organisation's word is no part of it
    ("Jane Roe, research director of the progressive Sample Policy Institute, said rates will fall.",
     "research director", "Sample Policy Institute"),
    # 'former' before an organisation and a role: split like the role alone, 'Former' kept (tune:
    # 'Former All Blacks coach', 'former British Airways Chief Executive', 'acting UN resident coordinator')
    ("Former Sample Bank chief economist Jane Roe said rates will fall.",
     "Former chief economist", "Sample Bank"),
    # two organisations before the role: one title, no institution (news-dev: 'Former Tottenham Hotspur
    # and Manchester United striker')
    ("Former Sample City and Example United striker Jane Roe said the club will struggle.",
     "Former Sample City and Example United striker", None),
])
def test_joined_titles_and_former_roles(body, title, institution):
    q = only(body)
    assert (q.title, q.institution) == (title, institution)


@pytest.mark.parametrize("body, speaker, title, institution", [
    # a demonym opening an organisation's name is no state office
    ("European Example Bank President Ana Ruiz said rates will fall.", "Ana Ruiz", "President", "European Example Bank"),
    ("The Bank of Sampleland's governor Kazu Ueda said rates will rise.", "Kazu Ueda", "governor", "Bank of Sampleland"),
    # a name owning a person is the employer; a country is not
    ("Morgan Example's Jane Roe said rates will fall.", "Jane Roe", None, "Morgan Example"),
    ("“Rates will fall,” said Jane Roe, economist at EXB in Amsterdam.", "Jane Roe", "economist", "EXB"),
    ("“We see two cuts,” said Jane Roe, who co-heads global research at Sample Securities.",
     "Jane Roe", None, "Sample Securities"),
    # a current role is taken before a former one
    ("Jane Roe, Sample Bank's former chief economist and now a professor at Sample University, said rates will fall.",
     "Jane Roe", "professor", "Sample University"),
])
def test_more_organisations_before_and_after_names(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # a title before the name stays when the appositive gives only where the person is from
    ("Lead author Jane Roe, from Sample University, said rates will fall.", "Lead author", "Sample University"),
    # an organisation in brackets after the name
    ("Jane Roe (Sample Bank) said rates will fall.", None, "Sample Bank"),
    # where a person is based is no part of the title
    ("“Rates will fall,” said Jane Roe, a Sample Bank senior economist based in London.",
     "senior economist", "Sample Bank"),
    # the owner's name ends at its possessive
    ("Sample Bank’s Asia economist, Jane Roe, said rates will fall.", "Asia economist", "Sample Bank"),
])
def test_brackets_possessives_and_places(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title", [
    # state offices keep their country and portfolio in the title, with no institution
    ("German Finance Minister Jane Roe said talks will fail.", "German Finance Minister"),
    ("U.S. Treasury Secretary Jane Roe said talks will fail.", "U.S. Treasury Secretary"),
    ("Health Minister Jane Roe said cases will rise.", "Health Minister"),
    # a possessive country is no part of the title (annotations/README.md), an adjective is
    ("“Talks will fail,” said Jane Roe, Russia's foreign minister.", "foreign minister"),
])
def test_state_offices_are_titles_without_institution(body, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, None)


@pytest.mark.parametrize("body, speaker, title", [
    # a time (and a place after it) opening the sentence sets the scene; it is no part of the title
    ("Saturday at the state party convention Sen. Jane Roe (D-MA) said the plan will fail.", "Jane Roe", "Sen."),
    ("On Friday history professor Jane Roe said the plan will fail.", "Jane Roe", "history professor"),
])
def test_scene_setting_before_a_titled_name(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title) == (speaker, title)


@pytest.mark.parametrize("body, speaker, title, institution", [
    # a possessive country goes, a country adjective of a state leader stays
    ("In a statement carried by the state-run Korean Central News Agency (KCNA), North Korea’s Foreign "
     "Minister Choe Son-hui said that strengthening US extended deterrence to allies in the region “is a "
     "gamble he will surely regret.”", "Choe Son-hui", "Foreign Minister", None),
    ("At the meeting, US President Joe Biden said he would strengthen the extended deterrence.",
     "Joe Biden", "US President", None),
    # a state body of two or more words before a role is the institution, without its nationality adjective
    ("Chinese Foreign Ministry spokeswoman Mao Ning said on Tuesday that Beijing rejects unilateral "
     "economic restrictions.", "Mao Ning", "spokeswoman", "Foreign Ministry"),
    ("And US Federal Reserve Chairman Jerome Powell said the central bank could “moderate the pace” of rate "
     "hikes as early as this month.", "Jerome Powell", "Chairman", "Federal Reserve"),
])
def test_state_bodies_and_countries_before_a_role(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


def test_an_office_of_a_named_body_printed_before_the_name():
    body = ("“Right now, it does look as if in the United States, we’re at some risk of another surge due to "
            "this variant called B.1.1.7,” said Director of the U.S. National Institutes of Health Francis Collins "
            "in an interview with CNN on Thursday.\n\n"
            "Collins noted that the country is on a downward trend of new COVID-19 cases and hospitalizations.")
    found = quotes_of(body)
    assert [(q.speaker, q.title, q.institution) for q in found] == [
        ("Francis Collins", "Director", "National Institutes of Health")] * 2


@pytest.mark.parametrize("body, title, institution", [
    # of two roles joined by 'and', the one printed with its organisation
    ("The next move should be lower, French central bank chief and ECB policymaker Tom Reed said.",
     "policymaker", "ECB"),
    # the region an organisation's officer answers for is part of the title
    ("“Trade will slow,” said Sample Shipping's Asia chief Tom Reed.", "Asia chief", "Sample Shipping"),
    # a role before a comma, then 'Professor' and the name: the role is the title
    ("University of Sampleton Vice Chancellor, Professor Tom Reed said that the party will decline.",
     "Vice Chancellor", "University of Sampleton"),
    # a nationality after 'former' goes like one opening the title
    ("“The public is on side,” said Tom Reed, a former British economist.", "former economist", None),
    # an unnamed sub-unit of a named organisation stays in the title; a named one is the institution
    ("“We know the time,” said Tom Reed, a mathematician at NASA's near-Earth object programme.",
     "mathematician at NASA's near-Earth object programme", "NASA"),
    ("“We know the time,” said Tom Reed, a professor at Sample University's Schar School of Policy.",
     "professor", "Sample University's Schar School of Policy"),
    # a military rank between a role and the name is no part of the role
    ("“The jets monitored the aircraft,” Defense Ministry spokesman Colonel Tom Reed said.", "spokesman",
     "Defense Ministry"),
    # an acronym with lower-case letters between its capitals names the organisation before the role
    ("“Parts of the north will get less rain,” MoES secretary Tom Reed said.", "secretary", "MoES"),
    # an office of something before a rank: the rank goes ('Secretary General' is one office and stays)
    ("Chief of Army Staff General Tom Reed said there are no gaps along the border.", "Chief of Army Staff", None),
    ("Sample Union Secretary General Tom Reed said the strike would go ahead.", "Secretary General", "Sample Union"),
    # a bracketed acronym between an organisation and its officer's role ('Bank of Thailand (BoT) governor')
    ("Bank of Sampleland (BoS) governor Tom Reed said exports have been soft.", "governor", "Bank of Sampleland"),
    # (a rank of several words, data/military_ranks.txt)
    ("Sample Air Force chief Air Chief Marshal Tom Reed said the fleet was too small.", "chief", "Sample Air Force"),
    # an organisation of several capitalised words before a capitalised office, printed elsewhere as a noun
    ("Surveys by Pulse Sample were criticised. Pulse Sample President Tom Reed said that surveys are snapshots.",
     "President", "Pulse Sample"),
    # the office of a named body opening the sentence, with 'the' before the body and a rank before the office
    ("Director of the Sample Meteorological Services Tom Reed told a briefing that the rains would be poor.",
     "Director", "Sample Meteorological Services"),
    ("Acting Director of the Sample Meteorological Services Tom Reed told a briefing that the rains would be poor.",
     "Acting Director", "Sample Meteorological Services"),
    # a role of an organisation before the name is split as the same words after it ('Tom Reed, Governor of …');
    # a comma (a state office's portfolios) or words naming no organisation (an office's field) keep it whole
    ("The Governor of the Central Bank of Sampleland Dr. Tom Reed said exports will recover.", "Governor",
     "Central Bank of Sampleland"),
    ("Chief economist at Sample Bank Tom Reed said exports will recover.", "Chief economist", "Sample Bank"),
    ("Minister of Energy, Industry and Mineral Resources Tom Reed said exports will recover.",
     "Minister of Energy, Industry and Mineral Resources", None),
    ("Director General of Military Operations Tom Reed said the border was calm.",
     "Director General of Military Operations", None),
    ("Associate Vice President for Research Tom Reed said the grant will double.",
     "Associate Vice President for Research", None),
])
def test_roles_read_into_their_parts(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, institution)


@pytest.mark.parametrize("body, speaker, title, institution", [
    # party offices split like other roles printed with their organisation
    ("Tim Farron, the Liberal Democrat leader, said in April that he will do “no deal, no deal with anybody” "
     "under any circumstances.", "Tim Farron", "leader", "Liberal Democrat"),
    ("Ed Miliband, the former Labour leader, said the pollsters had been wrong before.",
     "Ed Miliband", "former leader", "Labour"),
    # a party label before a name is no title; a seat on a committee gives the institution
    ("Democrat Gerald Connolly, who sits on the House Committee on Foreign Relations, claimed “the very "
     "threat” of sanctions “ought to clarify some thinking in Beijing.”",
     "Gerald Connolly", None, "House Committee on Foreign Relations"),
    # 'fellow' is the reporter's word
    ("“The Guinean opposition will be forced to resort to all legal forms of protest,” said fellow "
     "opposition leader Aboubacar Sylla.", "Aboubacar Sylla", "opposition leader", None),
])
def test_party_roles_labels_and_reporter_words(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


def test_a_role_then_its_institution_after_a_comma():
    q = only("\"These are something different,\" said Steve Squyres, MER principal investigator, of Cornell University.")
    assert (q.speaker, q.title, q.institution) == ("Steve Squyres", "MER principal investigator", "Cornell University")


@pytest.mark.parametrize("body, title, institution", [
    # a nationality adjective before a state body named by its portfolio goes; a place adjective too
    ("Tom Reed, spokesman for the Chinese Foreign Ministry, said Beijing would respond.", "spokesman", "Foreign Ministry"),
    ("The U.S. State Department spokesman Tom Reed said the talks would resume.", "spokesman", "State Department"),
    ("Tom Reed, a Washington-based analyst at Sample Capital, said oil would rise.", "analyst", "Sample Capital"),
    # a relative clause's role is the one paired with the institution (it has no title noun)
    ("“Talks will fail,” said Tom Reed, a former ambassador to Japan, who now chairs the Asia programme at the "
     "Sample Center.", None, "Sample Center"),
    # 'MP' is a title
    ("Labour MP Tom Reed said the bill would pass.", "Labour MP", None),
])
def test_nationality_place_and_relative_clause_roles(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, institution)


def test_an_organisation_speaks_without_its_place_adjective():
    body = ("The B.1.1.7 variant has caused 2,102 infections in 45 U.S. states as of Thursday, according to the "
            "U.S. Centers for Disease Control and Prevention (CDC).")
    assert only(body).speaker == "Centers for Disease Control and Prevention"


def test_a_lower_case_title_then_a_name_then_its_institution():
    body = ("\"It must be ice,\" said mission principal investigator Peter Smith of the University of Arizona. "
            "\"These little clumps completely disappearing over the course of a few days. That is perfect evidence "
            "that it's ice.\"")
    found = quotes_of(body)
    assert {(q.speaker, q.title, q.institution) for q in found} == {
        ("Peter Smith", "mission principal investigator", "University of Arizona")}


@pytest.mark.parametrize("body, title", [
    # the head of government's office is named whole, never 'Minister' of an institution 'Prime'
    ("Prime Minister Tom Reed said the talks would resume.", "Prime Minister"),
    ("“The talks will resume,” said Tom Reed, the Prime Minister.", "Prime Minister"),
])
def test_prime_minister_is_one_title(body, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, None)


@pytest.mark.parametrize("body, speaker, title, institution", [
    # (constructions seen in the claims file's sentences)
    ("Hamas' spokesman Abu Obeida said the talks would fail.", "Abu Obeida", "spokesman", "Hamas"),
    ("Taiwan Semiconductor Manufacturing Co. Chief Executive Jane Roe said demand would grow.",
     "Jane Roe", "Chief Executive", "Taiwan Semiconductor Manufacturing Co."),
    ("“Demand will grow,” said Jane Roe, an analyst at Sample Equity in San Francisco.",
     "Jane Roe", "analyst", "Sample Equity"),
    ("“Rain will spread,” said Jane Roe, a forecaster in Melbourne.", "Jane Roe", "forecaster", None),
    ("“Rain will spread,” said Jane Roe, campaigns director at U.S. PIRG.", "Jane Roe", "campaigns director", "U.S. PIRG"),
    ("Karnal-based Rajinder Singh said the crop would fail.", "Rajinder Singh", None, None),
])
def test_possessives_places_and_abbreviations_in_roles(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


@pytest.mark.parametrize("body, speaker, title, institution", [
    # (constructions seen in the claims file's sentences) a state office named by its portfolio is whole
    ("B. Nagendra, Minister for Youth Empowerment and Sports and in-charge of Ballari district, said that his "
     "government was committed to pay compensation.", "B. Nagendra", "Minister for Youth Empowerment and Sports", None),
    ("“The farmers would not get any yield this year,” K. Mallikarjun, Joint Director of Agriculture, told the minister.",
     "K. Mallikarjun", "Joint Director of Agriculture", None),
    # a minister's office is the state's whatever words name it ('Services' names no organisation there)
    ("Jane Roe, Minister of Health and Social Services, said there is no need for panic.",
     "Jane Roe", "Minister of Health and Social Services", None),
    # a possessive owner before an honorific and a name; the appositive's role with it
    ("Megadroughts will become more frequent, warns Cornell University's Dr Toby Ault, the author of the new report.",
     "Toby Ault", "author of the new report", "Cornell University"),
    # a central bank named in its own language; a scene after the role; a participle is no role
    ("Prices will fall, Banco de Mexico Governor Agustin Carstens said on Thursday.",
     "Agustin Carstens", "Governor", "Banco de Mexico"),
    ("“There is a case for optimism,” said Jeff Zients, the White House coronavirus coordinator, at a press "
     "conference March 26.", "Jeff Zients", "White House coronavirus coordinator", None),
    ("“I have been soft on our team,” said Sprinkle, referencing an 81-68 loss to Colorado last Friday.",
     "Sprinkle", None, None),
])
def test_state_offices_owners_and_scenes_from_the_claims_sentences(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


def test_a_place_adjective_before_an_institution_goes():
    q = only("“Patch now,” said Eric Goldstein, a senior official at the US Cybersecurity and Infrastructure "
             "Security Agency.")
    assert (q.title, q.institution) == ("senior official", "Cybersecurity and Infrastructure Security Agency")


@pytest.mark.parametrize("body, title, institution", [
    # a minister's portfolio of several words, before or after the title, is part of the title
    ("Road Transport and Bridges Minister Jane Roe said the bridge will open in May.",
     "Road Transport and Bridges Minister", None),
    ("State Minister for Power, Energy and Mineral Resources Jane Roe said outages will end soon.",
     "State Minister for Power, Energy and Mineral Resources", None),
    ("Minister for Planning and Development Jane Roe said growth will pick up.",
     "Minister for Planning and Development", None),
    ("Secretary of State for Health and Social Care Jane Roe said waiting lists will fall.",
     "Secretary of State for Health and Social Care", None),
    # a ministry named by 'of' its portfolio before a role is the institution, like 'Foreign Ministry'
    ("Ministry of Electricity spokesman Jane Roe said supplies had dropped.", "spokesman", "Ministry of Electricity"),
    ("A party's secretary is no state office: Labour Party Secretary Jane Roe said turnout will rise.",
     "Secretary", "Labour Party"),
    # of a current and a former role, the current one at its named institution
    ("The dollar will weaken, said Jane Roe, a Sample University professor and former IMF chief economist.",
     "professor", "Sample University"),
])
def test_portfolios_ministries_and_current_roles(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title", [
    # a legislature's party office is a title whole, no organisation before a role
    ("Opposition Leader Jane Roe said the party will win the seat.", "Opposition Leader"),
    ("Senate Majority Leader Jane Roe said the bill will pass.", "Senate Majority Leader"),
])
def test_a_party_office_of_a_legislature_is_one_title(body, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, None)


@pytest.mark.parametrize("body", [
    "Prof Jane Roe, director of research at Sample University, said the rains will return.",
    "Prof. Jane Roe, director of research at Sample University, said the rains will return.",
    "Datuk Jane Roe, director of research at Sample University, said the rains will return.",
    "Datuk Seri Jane Roe, director of research at Sample University, said the rains will return.",  # a higher grade
    "Engr. Jane Roe, director of research at Sample University, said the rains will return.",
])
def test_the_honorific_prof_is_dropped_like_dr(body):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "director of research", "Sample University")


@pytest.mark.parametrize("body, title, institution", [
    # the organisation runs on to the role noun: a lower-case kind of organisation, or '& Company'
    ("“Prices will climb,” said Sample bank analyst Jane Roe.", "analyst", "Sample bank"),
    ("“Prices will climb,” said 365 bank chief economist Jane Roe.", "chief economist", "365 bank"),
    ("According to ROE & Company analyst Jane Roe, prices will climb.", "analyst", "ROE & Company"),
    # a field before the role is the title's ('economics editor'), not the organisation's
    ("“Prices will climb,” said Sample News economics editor Jane Roe.", "economics editor", "Sample News"),
])
def test_an_organisation_with_a_common_noun_or_ampersand_before_the_role(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, speaker, title", [
    # a postposed 'the ROLE [Dr.] NAME': the role is the title, the name the speaker; a later 'Dr. Roe' is her
    ("Cases will fall in May, the minister of health Dr. Jane Ruth Roe says. “We are ready,” Dr. Roe said.",
     "Jane Ruth Roe", "minister of health"),
    ("Cases will fall in May, the minister of health Jane Roe says.", "Jane Roe", "minister of health"),
])
def test_the_role_then_the_name_after_the_quote(body, speaker, title):
    for q in quotes_of(body):
        assert (q.speaker, q.title, q.institution, q.anonymous) == (speaker, title, None, False)


@pytest.mark.parametrize("body, speaker", [
    ("Cases will fall in May, the director of the Sample Institute said.", "the director of the Sample Institute"),
    ("Cases will fall in May, the head of a supplier to Sample Foundry said.", "the head of a supplier to Sample Foundry"),
])
def test_the_role_of_a_named_organisation_alone_stays_a_description(body, speaker):
    q = only(body)
    assert (q.speaker, q.anonymous) == (speaker, True)


@pytest.mark.parametrize("body, speaker", [
    # a plural noun naming people, with a post-modifier: one unnamed group, printed whole
    ("Plantation farmers in Sampleton say there will be a decline in yield.", "Plantation farmers in Sampleton"),
    ("Sources close to Mr Roe stressed the figures were an estimate.", "Sources close to Mr Roe"),
    ("People briefed on the move said Sample Bank will cut rates.", "People briefed on the move"),
    # a lower-case plural noun naming people as the head (WordNet's noun.person), with or without a place
    ("Sampleton farm advocates said prices will rise.", "Sampleton farm advocates"),
    ("Farm advocates said prices will rise.", "Farm advocates"),
    # a capitalised adjective opening the sentence before a party's plural
    ("Leading Democrats said the bill will pass.", "Leading Democrats"),
    ("Congressional Republicans said the bill will fail.", "Congressional Republicans"),
    # a plural person noun with capitalised words before it and an employer, or a place, after it
    ("“We are negative on the cycle,” wrote the Wall Street analysts at Sample Research.",
     "the Wall Street analysts at Sample Research"),
    ("It is the end of the season, but as the firefighters in the Interior say, this year has been unusual.",
     "the firefighters in the Interior"),
])
def test_unnamed_groups_of_people(body, speaker):
    q = only(body)
    assert (q.speaker, q.anonymous, q.title, q.institution) == (speaker, True, None, None)


def test_a_long_definite_description_of_a_person_is_a_definite_mention():
    mention = parse_mention("The billionaire real estate developer")
    assert (mention.name, mention.kind) == ("The billionaire real estate developer", "definite")
    assert parse_mention("The billionaire real estate market") is None  # no person noun at its head


@pytest.mark.parametrize("body", [
    "Jane Roe spoke to reporters. On Tuesday night she said the bill will pass.",
    "Jane Roe spoke to reporters. Last week she said the bill will pass.",
    "Jane Roe spoke to reporters. Earlier this month, she said the bill will pass.",
])
def test_a_fronted_time_adverbial_is_no_part_of_the_source(body):
    q = only(body)
    assert (q.speaker, q.text) == ("Jane Roe", "the bill will pass")


@pytest.mark.parametrize("body, title, institution", [
    # a role opening with an -ing word is still a role when a role noun follows it
    ("Prices will rise, said Jane Roe, managing director at Sample Advisors.", "managing director", "Sample Advisors"),
    # (a company's office is split as before)
    ("Sample FC manager Jane Roe said the team will win.", "manager", "Sample FC"),
])
def test_ing_roles_and_companies_offices(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, speaker", [
    # one capitalised plural noun naming people opens the sentence: a group, not a person's name
    ("Protesters said the strike will go on.", "Protesters"),
    ("Rate-setters said prices will rise.", "Rate-setters"),
    # a plural of a role after a party or nationality label
    ("Tory MPs said the bill will fail.", "Tory MPs"),
    # a group with a participle and its agent
    ("Rates will rise, economists polled by Sample News said.", "economists polled by Sample News"),
    ("Chinese state media said talks will resume.", "Chinese state media"),
])
def test_more_unnamed_groups(body, speaker):
    q = only(body)
    assert (q.speaker, q.anonymous) == (speaker, True)


def test_a_surname_is_no_plural_noun():
    # WordNet's named individuals ('Roberts') are left out of data/person_nouns.txt
    q = only("Jane Roberts spoke first. “Talks will resume,” Roberts said.")
    assert (q.speaker, q.anonymous) == ("Jane Roberts", False)
    assert parse_mention("Roberts").kind == "person"
    # a surname shaped like a plural noun naming people stays a name, alone or before a post-modifier
    assert parse_mention("Hicks").kind == "person" and parse_mention("Masters").kind == "person"
    assert parse_mention("Hicks in a statement") is None or parse_mention("Hicks in a statement").kind != "anonymous"


@pytest.mark.parametrize("body, title, institution", [
    # an organisation named with 'of' before a role, in an appositive or before the name
    ("Prices will rise, said Jane Roe, a University of Sampleton professor.", "professor", "University of Sampleton"),
    ("Sample Chamber of Commerce president Jane Roe said prices will rise.", "president", "Sample Chamber of Commerce"),
    # a plural possessive inside a name ('Farmers' Union'); a hyphenated role before 'of'
    ("Prices will rise, said Jane Roe, president of the Sample Farmers' Union.", "president", "Sample Farmers' Union"),
    ("Prices will rise, said Jane Roe, secretary-general of the Sample Federation.", "secretary-general",
     "Sample Federation"),
    # a noun naming a person (not a title word) 'of' an organisation; 'of' a person is no institution
    ("Prices will rise, said Jane Roe, rector of Sampleton Electricity College.", "rector",
     "Sampleton Electricity College"),
    ("Prices will rise, said Jane Roe, former chief entomologist of the Directorate General of Sample Services.",
     "former chief entomologist", "Directorate General of Sample Services"),
    ("Prices will rise, said Jane Roe, daughter of John Smith.", "daughter of John Smith", None),
    # a title, 'of the' and an organisation's acronym before the name; a country's is a state office
    ("Director of the SIA Jane Roe said prices will rise.", "Director", "SIA"),
    ("President of the US Jane Roe said prices will rise.", "President of the US", None),
    # two roles of one organisation joined by 'and'
    ("Prices will rise, said Jane Roe, the chairman and chief executive of Sample Holdings.",
     "chairman and chief executive", "Sample Holdings"),
    # a place after a noun naming a person is where she is, not her role
    ("Jane Roe, 54, a farmer in Sampleton, said prices will rise.", "farmer", None),
    # a role with an article, then the name in apposition
    ("Cases will rise, said the Health Minister, Jane Roe.", "Health Minister", None),
])
def test_organisations_with_of_possessives_and_names_in_apposition(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


def test_an_article_before_a_possessive_is_no_organisation():
    q = only("Sample Bank raised rates on Monday. The bank's chief economist Jane Roe said prices will rise.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "chief economist", "Sample Bank")


@pytest.mark.parametrize("body, speaker", [
    # an organisation's role without a name: a description of one person, kept as printed
    ("Rates will rise, Sample Bank's governor said.", "Sample Bank's governor"),
    ("Rates will rise, the former Sample Bank governor said.", "the former Sample Bank governor"),
])
def test_a_role_of_an_organisation_without_a_name(body, speaker):
    q = only(body)
    assert (q.speaker, q.anonymous) == (speaker, True)


def test_a_numbered_group_with_an_owner_is_no_definite_reference():
    assert parse_mention("the oil cartel’s 33 economists").kind == "anonymous"


@pytest.mark.parametrize("body, title, institution", [
    # an organisation before a lower-case noun naming a person (WordNet noun.person), not only a listed title
    ("The volcano will erupt, said Sample Observatory seismologist Jane Roe.", "seismologist", "Sample Observatory"),
    ("Sample Farms owner Jane Roe said prices will rise.", "owner", "Sample Farms"),
])
def test_an_organisation_before_any_noun_naming_a_person(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # a nationality adjective before a lower-case role goes; before a state's role it stays
    ("British economist Jane Roe said growth will slow.", "economist", None),
    ("Growth will slow, said Jane Roe, a Swiss-American climate scientist at Sample University.", "climate scientist",
     "Sample University"),
    ("Growth will slow, said Jane Roe, a North Korean defector.", "defector", None),
    ("Ugandan health minister Jane Roe said cases will fall.", "Ugandan health minister", None),
    ("Growth will slow, said Jane Roe, the French ambassador.", "French ambassador", None),
    # the adjectives and countries of all member states of the UN: none is an institution
    ("Talks will resume, said Jane Roe, spokeswoman for the Algerian Foreign Ministry.", "spokeswoman",
     "Foreign Ministry"),
    ("Cases will fall, said Jane Roe, Uganda's health minister.", "health minister", None),
])
def test_nationality_adjectives_and_countries(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, speaker, title", [
    # military ranks and their abbreviations, offices of religions: titles before a name
    ("Lt. Gen. Jane Roe said the war will end.", "Jane Roe", "Lt. Gen."),
    ("Col. Jane Roe said the war will end.", "Jane Roe", "Col."),
    ("Archbishop Jane Roe said the war will end.", "Jane Roe", "Archbishop"),
    # an age and a degree after the name are no roles; a name suffix keeps its full stop
    ("Talks will resume, said Jane Roe, 45, a teacher.", "Jane Roe", "teacher"),
    ("Prices will rise, said Jane Roe, Ph.D.", "Jane Roe", None),
    ("Jane Roe Jr. said prices will rise.", "Jane Roe Jr.", None),
])
def test_ranks_ages_degrees_and_name_suffixes(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title) == (speaker, title)


@pytest.mark.parametrize("body, speaker", [
    # a named organisation's document speaks as the organisation; a part of an organisation as itself
    ("Prices will rise, according to a Sample Bank report.", "Sample Bank"),
    # whichever word says which document it is (data/document_modifiers.txt); a rating agency's name
    ("According to a recent Sample Ratings report, the currency will weaken to 285 per dollar.", "Sample Ratings"),
    ("According to preliminary results released by the Sample Commission, turnout fell.", "Sample Commission"),
    # one list of documents (data/document_nouns.txt) for every pattern; an acronym opening the maker's name
    ("The SISO New Sampleland assessment said the region should have adequate supplies this winter.",
     "SISO New Sampleland"),
    ("The Sample Bank outlook said growth would slow.", "Sample Bank"),
    # an organisation's possessive before its document
    ("The Sample Information Administration’s latest report said total generation will rise.",
     "Sample Information Administration"),
    ("Sample Bank's research unit said prices will rise.", "Sample Bank's research unit"),
    # the maker after 'by' or 'from', whatever words say which document and when it came out
    ("Unemployment fell, according to the latest figures from the Sample Statistics Office.", "Sample Statistics Office"),
    ("Sales rose 4%, according to figures announced Thursday by the Sample Planning Agency.", "Sample Planning Agency"),
    ("Demand will peak in 2030, according to latest calculations from Sample Mackenzie Power & Renewables.",
     "Sample Mackenzie Power & Renewables"),
    # a name with 'of' before the document, a modifier before the name, what the document is of after it
    ("Glaciers will shrink further, according to a University of Sampleton Fairbanks study.", "University of Sampleton Fairbanks"),
    ("Growth will slow to 1%, according to a new Sample Economics model.", "Sample Economics"),
    ("Rates will stay on hold, according to a Sample News survey of economists.", "Sample News"),
    ("Arrivals rose 8% last year, according to Sample Ministry statistics.", "Sample Ministry"),
    # a possessive owner with a dated or titled document
    ("Data traffic will double by 2030, according to Samplesson’s 2015 Mobility Report.", "Samplesson"),
    ("Yields will fall, according to SDA's crop production report from July 12.", "SDA"),
    ("Jobs fell, according to SBC’s Northwest Sampleland Market Outlook report.", "SBC"),
    ("Jobs fell, according to SBC’s “Northwest Sampleland Market Outlook” report.", "SBC"),
    # a date before the maker, what the document covers or that it came out after its noun, a new word for it
    ("Rates will rise, according to a September 27 Sample Board of Canada report.", "Sample Board of Canada"),
    ("Costs rose 5%, according to a report published May 8 by Sample Health Group.", "Sample Health Group"),
    ("Prices will rise, according to the Sample Institute's report released Tuesday.", "Sample Institute"),
    ("Growth will slow, according to the Sample World Bank report for 2016.", "Sample World Bank"),
    ("Incomes will rise, according to the newest University of Sampleton economic forecast released today.",
     "University of Sampleton"),
    ("Rates rose 3%, according to the most recent quarterly rate roundup by Sample Re Group.", "Sample Re Group"),
    ("Coal paid $563 million in taxes, according to the Sample Mining Association’s most recent estimate based on 2022 "
     "numbers.", "Sample Mining Association"),
    # a document's own title, its maker before the year
    ("Attacks will grow, according to the Samplos 2025 Active Adversary Report.", "Samplos"),
])
def test_documents_and_units_of_organisations(body, speaker):
    q = only(body)
    assert (q.speaker, q.anonymous, q.speaker_kind) == (speaker, False, "organization")


@pytest.mark.parametrize("text, kind, name", [
    # what kind of firm, then its name: the firm; a role word, then a name: the person
    ("the investment giant Sample Stanley", "organization", "Sample Stanley"),
    ("ratings agency Sample", "organization", "Sample"),
    ("bank economist Jane Roe", "person", "Jane Roe"),
    # what kind of firm, then a capitalised title and a name: the firm's officer
    ("company President Jane Roe", "person", "Jane Roe"),
    # a country owning a person is no part of the name
    ("Ireland's Jane Roe", "person", "Jane Roe"),
])
def test_a_firms_kind_and_a_persons_country_before_a_name(text, kind, name):
    mention = parse_mention(text)
    assert (mention.kind, mention.name) == (kind, name)


def test_a_function_word_in_capitals_is_an_acronym():
    q = only("“Cases have risen in many countries,” WHO said.")
    assert (q.speaker, q.speaker_kind, q.text) == ("WHO", "organization", "Cases have risen in many countries")


@pytest.mark.parametrize("text", ["the annual report", "the new study", "its latest forecast"])
def test_a_document_without_a_name_is_no_organisation(text):
    # (an adjective before 'report' was read as an acronym's organisation: 'annual')
    assert parse_mention(text).kind == "definite"


@pytest.mark.parametrize("text", ["Thursday's report", "Britain's latest figures", "Some studies", "Fresh data"])
def test_a_day_a_country_or_a_determiner_before_a_document_is_no_maker(text):
    mention = parse_mention(text)
    assert mention is None or mention.name == text


def test_the_role_of_a_named_organisation_then_the_name():
    q = only("Rates will rise, the chief executive of Sample Bank Jane Roe said.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "chief executive", "Sample Bank")


@pytest.mark.parametrize("body", [
    # a place before a noun naming a person that is no role at an organisation: no institution
    "Jane Roe, a Sampleton farmer, said prices will rise.",
    "Sampleton farmer Jane Roe said prices will rise.",
])
def test_a_place_before_a_person_noun_is_no_institution(body):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "farmer", None)


def test_the_organisation_a_source_runs_in_a_relative_clause():
    q = only("Prices will rise, said Jane Roe, who runs Sample Advisory.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", None, "Sample Advisory")


def test_a_bare_day_before_a_name_is_kept():
    # ('Sunday Times' is no 'Sunday' then 'Times'); before a pronoun or an article a day is when
    assert parse_mention("Sunday Telegraph") is None or parse_mention("Sunday Telegraph").name != "Telegraph"
    assert parse_mention("Monday he").name == "he"


@pytest.mark.parametrize("body, speaker, title", [
    # a month or a modal after a given name is the surname ('May'), not a date or a verb
    ("“We will leave on time,” Prime Minister Theresa May told parliament.", "Theresa May", "Prime Minister"),
    ("Brian May said the tour will go ahead.", "Brian May", None),
    # and a given name spelled like a modal ('Will') opens a name
    ("“Housing is the big reason,” said Will Roe, executive director of Sample Work Group.", "Will Roe",
     "executive director"),
])
def test_a_surname_spelled_like_a_month_or_modal(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title) == (speaker, title)


@pytest.mark.parametrize("body, speaker, anonymous", [
    # a name before the kind of organisation it is: the kind is no part of the name
    ("Le Sample newspaper reported that the deal would collapse.", "Le Sample", False),
    ("The Sample Times newspaper reported that the deal would collapse.", "Sample Times", False),
    # one unnamed member of a party, named by the party's noun
    ("One senior Democrat said the bill would fail.", "One senior Democrat", True),
    ("The bill will fail, a Republican said.", "a Republican", True),
])
def test_kinds_of_organisation_and_party_members(body, speaker, anonymous):
    q = only(body)
    assert (q.speaker, q.anonymous) == (speaker, anonymous)


def test_one_of_a_group_named_by_its_possessor_is_the_role_as_printed():
    q = only("One of his advisers, Jane Roe, told reporters the campaign would go on.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "One of his advisers", None)


@pytest.mark.parametrize("body, institution", [
    # a nationality adjective is part of a name that is no state body
    ("British Medical Association council chairman Jane Roe said the service is overwhelmed.", "British Medical Association"),
    # and goes before a state body named by its portfolio
    ("Japanese Finance Ministry spokesman Jane Roe said rates will rise.", "Finance Ministry"),
])
def test_a_nationality_before_an_organisation_and_a_role(body, institution):
    q = only(body)
    assert (q.speaker, q.institution) == ("Jane Roe", institution)


def test_a_capitalised_office_after_the_is_a_description_as_printed():
    m = parse_mention("The Treasurer")
    assert (m.kind, m.text, m.name) == ("definite", "The Treasurer", "The Treasurer")
    assert parse_mention("The Central Bank").kind == "organization"


@pytest.mark.parametrize("body, expected", [
    # a word that is in no dictionary names the employer, even opening the sentence
    ("Samplecorp chief economist Jane Roe said rates will rise.", ("chief economist", "Samplecorp")),
    ("Prices will rise, said SampleBank spokesperson Jane Roe.", ("spokesperson", "SampleBank")),
    # a dictionary word opening the sentence may be an adjective of the role
    ("Lead author Jane Roe said warming will accelerate.", ("Lead author", None)),
])
def test_a_word_no_dictionary_holds_before_a_role_is_the_employer(body, expected):
    q = only(body)
    assert (q.title, q.institution) == expected


@pytest.mark.parametrize("body, expected", [
    # the reporter's preposition before the role is no part of it
    ("The remarks were made by Samplecorp chief executive Jane Roe, who said sales will fall.",
     ("chief executive", "Samplecorp")),
    ("According to macro-economist Jane Roe, the outlook may be wrong.", ("macro-economist", None)),
    # a preposition inside the title stays
    ("The vote will pass, US Ambassador to the UN Jane Roe said.", ("US Ambassador to the UN", None)),
])
def test_a_title_before_the_name_starts_after_the_reporters_preposition(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


@pytest.mark.parametrize("body, title", [
    ("Jane Roe, the party’s campaign chief, said the claim was fiction.", "campaign chief"),
    ("The mission's deputy principal scientist, Jane Roe, said the rover will move.", "deputy principal scientist"),
])
def test_an_owner_named_by_a_common_noun_is_no_part_of_the_title(body, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, None)


@pytest.mark.parametrize("body, expected", [
    # a body named by 'of' its country, then the title
    ("Rates will rise, State Bank of Sampleland Governor Jane Roe said.", ("Governor", "State Bank of Sampleland")),
    # a plural noun ends the title's 'of X' run: the two words after it are the name
    ("Director General of Military Operations Jane Roe said the attack would fail.",
     ("Director General of Military Operations", None)),
])
def test_a_titles_of_run_before_the_name(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


def test_a_nationality_adjective_after_the_refers_back_to_the_person():
    body = "Midfielder Jane Roe said the team would recover.\n\n“Everyone is sad,” the Serbian told the club's website."
    assert [q.speaker for q in quotes_of(body)] == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize("body, expected", [
    # a rank opens the title, not the organisation's name
    ("Heatwaves will lengthen, Bureau of Sampling Senior Climatologist Jane Roe said.",
     ("Senior Climatologist", "Bureau of Sampling")),
    # where the person or the firm is based is neither title nor institution
    ("“The results are a setback,” Jane Roe, Ankara-based political analyst, told reporters.", ("political analyst", None)),
    ("“Chips will recover,” Jane Roe, a Taipei-based Samplecorp analyst, said.", ("analyst", "Samplecorp")),
])
def test_ranks_and_bases_around_a_role(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


@pytest.mark.parametrize("body, expected", [
    # an organisation owning the role is its institution, an acronym or a name in capitals
    ("Sample Power Corporation’s Director of Finance Jane Roe said prices would rise.",
     ("Director of Finance", "Sample Power Corporation")),
    ("SPC’s Director of Finance Jane Roe said prices would rise.", ("Director of Finance", "SPC")),
    # so is a public body printed in lower case
    ("Jane Roe, the health department's medical director, said cases would rise.", ("medical director", "health department")),
    # a country is no institution
    ("Ukraine’s energy minister Jane Roe said prices would rise.", ("energy minister", None)),
])
def test_a_possessor_before_the_role(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


@pytest.mark.parametrize("title, role", [
    ("spokesman Colonel", "spokesman"),
    # a rank of two words after a capitalised role goes too; one word may end an office ('Secretary General')
    ("Military Training Director Major General", "Military Training Director"),
    ("Secretary General", "Secretary General"),
    ("Major General", "Major General"),
    # an abbreviated rank after a capitalised role goes; after another rank it is part of it
    ("Sample Police Chief Gen.", "Sample Police Chief"),
    ("Brig. Gen.", "Brig. Gen."),
])
def test_a_rank_after_the_role_goes(title, role):
    assert without_rank_after(title) == role


@pytest.mark.parametrize("source", ["recent data from research firm Samplestat", "data from Samplestat",
                                    "figures provided by Samplestat"])
def test_data_from_a_maker_is_spoken_by_the_maker(source):
    assert only(f"Shipments declined 3 percent, according to {source}.").speaker == "Samplestat"


@pytest.mark.parametrize("body, expected", [
    # a place's or a state's office is named whole, the place in the title
    ("Floods will recede, Sampleton mayor Jane Roe said.", ("Sampleton mayor", None)),
    ("Crime will fall, Sampleshire Commissioner Jane Roe said.", ("Sampleshire Commissioner", None)),
    # unless an organisation's word names a body
    ("Rates will rise, Bank of Sampleland Governor Jane Roe said.", ("Governor", "Bank of Sampleland")),
    # an acronym's name runs on to the organisation's word
    ("Inflation will ease, SD Bank senior economist Jane Roe said.", ("senior economist", "SD Bank")),
])
def test_public_offices_and_acronym_led_organisations_before_a_name(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


@pytest.mark.parametrize("body, expected", [
    ("“Oil will rise,” notes Jane Roe, analyst from Samplebank.", ("analyst", "Samplebank")),
    ("Jane Roe, general secretary of the SWU, said the strike will go on.", ("general secretary", "SWU")),
    # when the role was held is no part of it
    ("“It is absurd,” said Jane Roe, Sample Federation president from 1990-98.", ("president", "Sample Federation")),
    # a subordinate clause after the name is no role
    ("Demand is weak, said Jane Roe, although the country is prone to drought.", (None, None)),
])
def test_the_end_of_an_appositive_role(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


def test_a_titles_of_run_in_lower_case_before_the_name():
    q = only("Samplecorp head of economic policy Jane Roe said the appointment sent a clear message.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "head of economic policy", "Samplecorp")


@pytest.mark.parametrize("source", ["The Minister of Health Jane Amara Roe", "Sampleton, August 16: The Minister of Health Jane Amara Roe"])
def test_the_office_then_its_holders_name(source):
    q = only(f"{source} has said cholera cases have gone down.")
    assert (q.speaker, q.title) == ("Jane Amara Roe", "Minister of Health")


def test_a_surname_with_its_particle_capitalised_is_the_person_named_before():
    found = quotes_of("Economist Nicolaas van der Roe said prices will rise.\n\nVan der Roe said rates would follow.")
    assert [q.speaker for q in found] == ["Nicolaas van der Roe"] * 2


def test_a_state_office_in_apposition_is_named_whole():
    q = quotes_of("The chief delegate, Unification Minister Jane Roe, opened the talks.\n\n"
                  "“It looks like the hardest round,” Roe said.")[-1]
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "Unification Minister", None)


@pytest.mark.parametrize("body, expected", [
    ("“Investors like it,” said Jane Roe, a senior research analyst at Sample W. Baird.",
     ("senior research analyst", "Sample W. Baird")),
    ("“There will be a spike,” said Jane Roe, clinic supervisor at St. Sample Health Department.",
     ("clinic supervisor", "St. Sample Health Department")),
    ("Doctor Jane Roe says the new variant should not come as a shock.", (None, None)),
])
def test_abbreviations_in_names_and_honorifics(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


def test_an_organisations_parameters_speak_for_it():
    assert only("Rainfall below 90 percent is deficient, according to the SMD parameters.").speaker == "SMD"


@pytest.mark.parametrize("body, expected", [
    ("Newly-appointed Samplebolla leader Jane Roe said the group would agree to a ceasefire.", ("leader", "Samplebolla")),
    ("Samplebolla's newly-appointed leader Jane Roe said the group would agree.", ("leader", "Samplebolla")),
    # a role in apposition replaces the academic rank before the name
    ("“The next weeks will be the worst,” said Professor Jane Roe, chief medical adviser.", ("chief medical adviser", None)),
    ("“It will rain,” said Professor Jane Roe of Sample University.", (None, "Sample University")),
    # a military rank of several words alone before the name, likewise
    ("“They will be there,” said Lieutenant General Jane Roe, the chief of the army's northern command.",
     ("chief of the army's northern command", None)),
])
def test_reporters_modifiers_and_rank_alones_before_a_name(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe",) + expected


def test_a_preposition_opening_the_sentence_is_no_part_of_a_title():
    m = parse_mention("For Coach Jane Roe")
    assert (m.name, m.title, m.institution) == ("Jane Roe", "Coach", None)


def test_a_two_word_nationality_before_a_role_is_no_employer():
    mention = parse_mention("Sri Lankan captain Jane Roe")
    assert (mention.name, mention.title, mention.institution) == ("Jane Roe", "captain", None)
    # ('RSM US' is a firm: 'US' is no nationality adjective of 'RSM')
    assert parse_mention("Jane Roe", "chief economist at RSM US").institution == "RSM US"


@pytest.mark.parametrize("text, title", [
    ("Solicitor General Jane Roe", "Solicitor General"),  # an office of two words, no general of a 'Solicitor'
    ("Rear Admiral Jane Roe", "Rear Admiral"),
])
def test_an_office_of_two_capitalised_words_is_whole(text, title):
    mention = parse_mention(text)
    assert (mention.name, mention.title, mention.institution) == ("Jane Roe", title, None)


@pytest.mark.parametrize("text, title, institution", [
    ("Scotland boss Jane Roe", "boss", "Scotland"),  # a country before a team's role names its national team
    ("US President Jane Roe", "US President", None),  # a state's office keeps its country
    ("California ISO President and CEO Jane Roe", "President and CEO", "California ISO"),  # an acronym names a body
])
def test_a_place_before_a_role(text, title, institution):
    mention = parse_mention(text)
    assert (mention.name, mention.title, mention.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("appositive, role", [
    # a time adverb before the role: the role is the one held when the statement was made
    ("then a debt analyst with Samplebank Chase & Co.", ("debt analyst", "Samplebank Chase & Co")),
    ("now a senior adviser at the Sample Reserve Board", ("senior adviser", "Sample Reserve Board")),
    # a capitalised title, a comma and the organisation's name alone
    ("Chief Investment Strategist, Sample Financial Services", ("Chief Investment Strategist", "Sample Financial Services")),
    ("Executive Director, UNDP", ("Executive Director", "UNDP")),
    ("Mayor, Sampleton", ("Mayor, Sampleton", None)),  # a place is no organisation
    ("an analyst at Tokyo-based Sample Research Institute", ("analyst", "Sample Research Institute")),
    # a person is no institution: 'a spokesman for' a minister is the minister's
    ("a spokesman for Public Safety Minister Jane Roe", ("spokesman", None)),
    # a role of a country's body named in lower case: the body is the institution, the possessive goes
    ("deputy chief designer of Kenya's lunar exploration program", ("deputy chief designer", "lunar exploration program")),
    ("spokesman of the Philippines' national disaster relief agency", ("spokesman", "national disaster relief agency")),
    # a title (lower case too, perhaps with its department), a comma and the organisation
    ("currency analyst, Sample Securities", ("currency analyst", "Sample Securities")),
    ("broker, Sample Prime Real Estate", ("broker", "Sample Prime Real Estate")),  # (a person noun, no title word)
    # an irregular participle after the role's noun opens a clause about the person
    ("a famed pollster known for her accurate predictions in Sampleland", ("pollster", None)),
    # a second relative clause after 'and' is no part of the role
    ("who is director of the Sample Center for Conflict Studies and who also has warned of a crime wave",
     ("director", "Sample Center for Conflict Studies")),
    # a country's possessive of two words is no part of the title either; nor a province's before a public office
    ("Sampleshire’s Health Minister", ("Health Minister", None)),
    ("Pakistan’s Defence Minister", ("Defence Minister", None)),
    ("Scotland’s head coach", ("head coach", "Scotland")),  # (a national team's role keeps its team)
    ("Saudi Arabia’s ambassador to the U.K.", ("ambassador to the U.K", None)),
    ("director, institutional research, Sample Capital Markets", ("director, institutional research", "Sample Capital Markets")),
])
def test_an_appositive_role_read_whole(appositive, role):
    mention = parse_mention("Tom Reed", appositive)
    assert (mention.title, mention.institution) == role


@pytest.mark.parametrize("body, title, institution", [
    # 'Managing' and 'Assistant' open a title, not the end of an organisation's name
    ("Sample Tourism Promotion Bureau Managing Director Jane Roe told reporters that earnings are in line with targets.",
     "Managing Director", "Sample Tourism Promotion Bureau"),
    ("Sample Corp’s Assistant Managing Editor Jane Roe said the choice was made last week.",
     "Assistant Managing Editor", "Sample Corp"),
    # an occupation capitalised by the sentence is the title, no part of the name; so is a capitalised adjective
    # no organisation
    ("Seismologist Jane Roe said the tremors could indicate a build up of lava.",
     "Seismologist", None),
    ("Political analyst, Jane Roe, says the delay means the results are not good for the incumbent.",
     "Political analyst", None),
    # a public body named in lower case: before the role, after a country's possessive, or ending its capitalised name
    ("Prices will rise next year, said health ministry spokesman Jane Roe.",
     "spokesman", "health ministry"),
    ("Growth will slow, its central bank governor Jane Roe has told Sample Finance.",
     "governor", "central bank"),
    ("Jane Roe, director of medical services at Portugal’s health ministry, said the epidemic will peak this month.",
     "director of medical services", "health ministry"),
    ("Jane Roe, a forecaster at the Sampleland Meteorological service, said the cyclone will grow stronger.",
     "forecaster", "Sampleland Meteorological service"),
    # a role 'for' an organisation after a lower-case word: the employer ('Centers for …' is one name); a general
    # secretary is an officer of the body named after 'of', no state's secretary
    ("Jane Roe, curator of palaeobiology for the Museum of Sampleton, said the find will draw researchers.",
     "curator of palaeobiology", "Museum of Sampleton"),
    # the EU is an organisation, no country: its possessive owns the role (tune: thenewhumanitarian)
    ("The vote was competitive, said Jane Roe, the EU’s chief observer.", "chief observer", "EU"),
    # a gerund after 'of' names the portfolio, no participle ('working for X') (tune: fleetowner, denverpost)
    ("Jane Roe, vice president of trucking for Sample Transport Intelligence, said rates will rise.",
     "vice president of trucking", "Sample Transport Intelligence"),
    ("Jane Roe, director of the Centers for Sample Control, said the outbreak will peak soon.",
     "director", "Centers for Sample Control"),
    ("Jane Roe, general secretary of Sampleworkers, said the strike will go on into the new year.",
     "general secretary", "Sampleworkers"),
    # that an office is new, where a body is based, a possessive printed apart from the name: none is part of the role
    ("Ecuador's new Energy Minister Jane Roe said blackouts will resume on Monday.",
     "Energy Minister", None),
    ("Sales will slow, Tokyo-based Sample Research Institute analyst Jane Roe said ahead of the results.",
     "analyst", "Sample Research Institute"),
    ("In an interview, Sample Billiton Ltd. ’s iron-ore president Jane Roe said the outlook remains robust.",
     "iron-ore president", "Sample Billiton Ltd."),
    # a country's possessive before a team role is the national team
    ("India’s fielding coach Jane Roe said they can level the series by winning the second Test.",
     "fielding coach", "India"),
    # of two roles joined by 'and', the one printed with its named body; both former, one title as 'Former ORG role'
    ("Health Minister and Sample Epidemic Command Center Head Jane Roe said the next two weeks are critical.",
     "Head", "Sample Epidemic Command Center"),
    ("Former New Jersey governor and Sample Protection Agency administrator Jane Roe said the rule will fail.",
     "Former New Jersey governor and Sample Protection Agency administrator", None),
])
def test_role_words_naming_a_body_a_rank_or_an_occupation(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, speaker, title", [
    # a nationality noun before a name is neither title nor name (as a nationality adjective is)
    ("Irishman Philip Lane said inflation would start to come down.", "Philip Lane", None),
    # ... but a nationality before a title stays with the title
    ("Ukrainian President Volodymyr Zelensky said he would negotiate.", "Volodymyr Zelensky", "Ukrainian President"),
])
def test_a_nationality_noun_before_a_name(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, None)


@pytest.mark.parametrize("body, title", [
    # a state's office of two words, and an office of a place's government: the place stays in the title
    ("Texas Attorney General Ken Paxton said the state would appeal the ruling.", "Texas Attorney General"),
    ("Canary Islands government chief Angel Torres said he expects no injuries.", "Canary Islands government chief"),
    ("Former Ohio Attorney General Marc Dann said the bill would fail.", "Former Ohio Attorney General"),
])
def test_a_place_before_a_public_office_stays_in_the_title(body, title):
    q = only(body)
    assert (q.title, q.institution) == (title, None)


@pytest.mark.parametrize("body, title, institution", [
    # the article before a role of a country's body goes, as before any role
    ("Jane Roe, a secretary-general at Cambodia's finance ministry, said the government would act.",
     "secretary-general", "finance ministry"),
    # a clause of when the person spoke is no part of the role
    ("“I really don’t know,” said Jane Roe, a broker at Sample Futures, when asked about the likely yield.",
     "broker", "Sample Futures"),
    # a coordinator's role before the name (data/title_words.txt)
    ("Sample Agency reef watch coordinator Jane Roe said the event was ending.", "reef watch coordinator", "Sample Agency"),
])
def test_role_words_and_what_is_no_role(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, speaker", [
    ("“The match was tough,” said the 22-year-old Roe.", "Roe"),  # an age, with its article, is no part of the name
    ("In a post yesterday, Dr.Roe noted that the economy is recovering.", "Roe"),  # an honorific without its space
])
def test_what_is_printed_before_a_surname_is_no_part_of_it(body, speaker):
    assert only(body).speaker == speaker


@pytest.mark.parametrize("body, title", [
    ("Nominating Roe as leader, chairman Councillor Jane Roe said he was the right man.", "chairman"),  # between role and name
    ("Councillor Jane Roe said the homes would flood.", "Councillor"),  # alone, it is the title
])
def test_councillor_before_a_name(body, title):
    assert only(body).title == title


def test_an_organisations_possessive_before_a_surname_and_a_fronted_time_with_just():
    body = ("Mark Serreze studies sea ice. Just last year the Sample Snow Data Center's Serreze said that the "
            "Arctic was on schedule to be free of ice by 2070.")
    q = only(body)
    assert (q.speaker, q.institution) == ("Mark Serreze", "Sample Snow Data Center")


def test_a_title_with_an_ampersand_then_a_comma_and_the_company():
    q = only("“We can do it,” said Jane Roe, president & CEO, Sample Power & Light Company.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "president & CEO", "Sample Power & Light Company")


@pytest.mark.parametrize("body, speaker, title, institution", [
    # a name's suffix keeps its full stop after an inverted verb
    ("“A three-year plan is ready,” said Jane E. Roe Jr., city finance director.", "Jane E. Roe Jr.",
     "city finance director", None),
    # a unit 'for' its parent: the unit stays in the title, the parent is the institution
    ("“Families get together,” said Jane Roe, Medical Director of Urgent Care for Sample Health.", "Jane Roe",
     "Medical Director of Urgent Care", "Sample Health"),
    # ... but 'for' inside an organisation's own name does not split it
    ("“It is fine,” said Jane Roe, director of the Centers for Disease Control and Prevention.", "Jane Roe",
     "director", "Centers for Disease Control and Prevention"),
])
def test_name_suffixes_and_units_of_a_parent(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


@pytest.mark.parametrize("body, speaker, title", [
    ("The verdict was fair, Juror Jane Roe told reporters.", "Jane Roe", "Juror"),
    ("The campaign was unfair, EU Chief Observer Tom Reed said.", "Tom Reed", "Chief Observer"),  # (the EU its institution)
    ("Cases will rise, Public Health Nurse Ana Ruiz said on Monday.", "Ana Ruiz", "Public Health Nurse"),
    ("The appeal will be filed, Comrade Tom Reed told reporters.", "Tom Reed", None),
    ("Troops will stay, Army Chief Gen TM Roe said on Tuesday.", "TM Roe", "Army Chief"),  # the abbreviated rank goes
    ("The quake was strong, Gen Aoki said on Tuesday.", "Gen Aoki", None),  # a given name too
    ("Sales will rise, Hunter Biden said.", "Hunter Biden", None),
])
def test_a_person_noun_or_a_rank_before_a_name_is_no_part_of_it(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title) == (speaker, title)


@pytest.mark.parametrize("body, title, institution", [
    ("Cases will rise, said Ana Ruiz, immunization coordinator for the county health department.",
     "immunization coordinator", "county health department"),
    ("Attacks were prevented, said Ana Ruiz, a spokesperson to the ministry of interior.",
     "spokesperson", "ministry of interior"),
])
def test_a_public_body_in_lower_case_after_the_role_is_the_institution(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Ana Ruiz", title, institution)


def test_the_reporters_words_of_esteem_are_no_part_of_the_title():
    q = only("Labour will win big, said Tom Reed, a leading polling expert.")
    assert (q.speaker, q.title) == ("Tom Reed", "polling expert")


def test_a_team_before_a_team_role_is_the_institution():
    body = ("Stormers coach Tom Reed said the side would bounce back.\n\n"
            "The loss to the Stormers was their second, and Reed said the team would recover.")
    q = quotes_of(body)[0]
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", "coach", "Stormers")
    q = only("Batting coach Tom Reed said the batting would improve.")
    assert (q.title, q.institution) == ("Batting coach", None)  # printed in lower case: a role


@pytest.mark.parametrize("body, expected", [
    # a plural noun before a team's role names the team, printed nowhere else
    ("Roosters coach Tom Reed said the side would bounce back.", ("coach", "Roosters")),
    ("“He will be back,” Hearts manager Tom Reed told reporters.", ("manager", "Hearts")),
    # a singular word of the language is the role's modifier; so is a word ending in 'ss'
    ("Goalkeeping coach Tom Reed said the side would bounce back.", ("Goalkeeping coach", None)),
    ("Fitness coach Tom Reed said the side would bounce back.", ("Fitness coach", None)),
])
def test_a_plural_noun_before_a_team_role_is_the_team(body, expected):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed",) + expected


def test_a_bracketed_abbreviation_of_the_title_hides_no_institution():
    q = only("AI may replace chief executives, said Tom Reed, the chief executive officer (CEO) of Sample Bank.")
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", "chief executive officer", "Sample Bank")


@pytest.mark.parametrize("body, title, institution", [
    ("The river will crest on Friday, said Tom Reed, weather service meteorologist.", "meteorologist", "weather service"),
    ("Another coach Tom Reed said the athletes would win more medals.", "coach", None),
])
def test_a_weather_service_before_the_role_and_another_before_it(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, institution)


def test_a_prepositional_phrase_names_no_source():
    q = only("In an investors note out Thursday, Sample Bank analyst Jane Roe said that phone sales have been soft.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "analyst", "Sample Bank")


def test_a_bullet_opening_the_sentence_is_no_part_of_the_source():
    q = only("• Sample Research Vice President Jane Roe expects the shortage to drag out as demand will remain high.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "Vice President", "Sample Research")


@pytest.mark.parametrize("body, speaker, title, institution", [
    ("“Supply is still tight,” Sample Research analysts Jane Roe and Tom Reed wrote in their report.",
     "Jane Roe and Tom Reed", "analysts", "Sample Research"),
    ("Fellow polling experts Jane Roe and Tom Reed have said the party will lose half its seats.",
     "Jane Roe and Tom Reed", "polling experts", None),
])
def test_two_named_people_after_a_plural_role_speak_together_with_that_role(body, speaker, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == (speaker, title, institution)


@pytest.mark.parametrize("words, name, title", [
    # (tune: channeleye, michiganagconnection, technewsworld)
    ("Couchbase Field Engineering VP Chris Harris", "Chris Harris", "VP"),
    ("MSC board president and grower Mark Senk", "Mark Senk", "board president and grower"),
    ("Proofpoint’s Global Resident CISO Lucia Milica Stacy", "Lucia Milica Stacy", "CISO"),
])
def test_a_full_name_after_role_words_the_readers_could_not_read(words, name, title):
    mention = parse_mention(words)
    assert (mention.kind, mention.name) == ("person", name) and mention.title.endswith(title)


@pytest.mark.parametrize("words", [
    "Speaking to hundreds of supporters in Yerevan's central Liberty Square",  # a place after an adjective
    "Emeritus Chair of the Department of Astronomy at the College in Los Altos Hills",  # after 'in'
    "Dean of the School of Humanities at the University of Nicosia Andreas Sophocleous",  # 'of' a place's name
])
def test_no_name_is_read_from_a_place_after_role_words(words):
    mention = parse_mention(words)
    assert mention is None or mention.name not in ("Liberty Square", "Los Altos Hills", "Nicosia Andreas Sophocleous")


def test_a_source_named_after_role_words_is_found():
    q = only("Couchbase Field Engineering VP Chris Harris said many would be surprised that generative AI "
             "is not playing a more significant role.")
    assert q.speaker == "Chris Harris" and q.text.startswith("many would be surprised")


@pytest.mark.parametrize("body, title, institution", [
    # a unit whose words name no organisation, after the owner's possessive: the title keeps it, the owner is the
    # institution (tune: campaignasia, fiercewireless, telecompetitor)
    ("Sales will slow, said Jane Roe, senior analyst with SDC's Worldwide Quarterly Phone Tracker.",
     "senior analyst with SDC's Worldwide Quarterly Phone Tracker", "SDC"),
    ("Sales will slow, said Jane Roe, an analyst at Sample Bank's research unit.",
     "analyst at Sample Bank's research unit", "Sample Bank"),
    ("Sales will slow, said Jane Roe, head of Sample Bank’s commodities research.",
     "head of Sample Bank’s commodities research", "Sample Bank"),
    # a unit's noun after an organisation's acronym: the unit stays in the title too
    ("Sales will slow, said Jane Roe, head of the SBK research team.", "head of the SBK research team", "SBK"),
    # a unit named as an organisation is the institution (news-dev)
    ("Sales will slow, said Jane Roe, a professor at Sample University's Roe School of Policy.",
     "professor", "Sample University's Roe School of Policy"),
])
def test_a_unit_after_the_owners_possessive(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # a service of the state named by one word, then a rank alone: the rank is the title (tune: taskandpurpose, thesop)
    ("Army Gen. Jane Roe said the strikes were meant to kill.", "Gen.", "Army"),
    ("Navy Rear Admiral Jane Roe said the frigate will be late.", "Rear Admiral", "Navy"),
    ("Army Brig. Gen. Jane Roe said the gear will be lighter.", "Brig. Gen.", "Army"),
])
def test_a_service_before_a_rank_is_the_institution(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title", [
    # the reporter's words of a person's standing or place (tune: mysinchew, manutd, dailypakistan)
    ("A hung parliament is possible, says local analyst Jane Roe.", "analyst"),
    ("Experienced midfielder Jane Roe said she will leave in the summer.", "midfielder"),
    ("Embattled Sampleland Prime Minister Jane Roe said the coalition will hold.", "Sampleland Prime Minister"),
    ("The party will hold the seat, said Jane Roe, a local analyst.", "analyst"),
    # ... but not from a body's name
    ("Rates will rise, local government minister Jane Roe said.", "local government minister"),
])
def test_the_reporters_words_of_standing_are_no_part_of_the_title(body, title):
    q = only(body)
    assert (q.speaker, q.title) == ("Jane Roe", title)


@pytest.mark.parametrize("body, title, institution", [
    # a participle's clause after the role says what the person does or did, no part of the role
    # (tune: alarabiya, vazeh, irna, premiumtimes)
    ("Outbreaks are dangerous, said Jane Roe, a WHO official monitoring emergencies.", "official", "WHO"),
    ("Prices will keep rising, said Jane Roe, the researcher cited in the report.", "researcher", None),
    ("The party will win, said Jane Roe, a senior journalist talking to reporters.", "senior journalist", None),
    ("The vote may slip, said Jane Roe, a public affairs analyst, expressing doubts.", "public affairs analyst", None),
    # ... but a participle before the role's noun is part of it
    ("Sales will rise, said Jane Roe, chief operating officer of Sample Bank.", "chief operating officer", "Sample Bank"),
    ("Yields will fall, said Jane Roe, chief fixed income strategist at Sample Bank.",
     "chief fixed income strategist", "Sample Bank"),
])
def test_a_participles_clause_after_the_role_is_no_part_of_it(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # after a preposition, the words saying what kind of organisation is named next go (tune: propertycasualty360,
    # oasesnews, itweb)
    ("Losses will be small, said Jane Roe, response manager with catastrophe modeler Sample Solutions.",
     "response manager", "Sample Solutions"),
    ("The bombings raise a new threat, said Jane Roe, from political and security risk analysts Sample Risk.",
     None, "Sample Risk"),
    ("Adoption will grow, said Jane Roe, chief executive officer of project management and strategic planning firm "
     "Sample Africa.", "chief executive officer", "Sample Africa"),
])
def test_a_descriptor_of_the_organisation_after_a_preposition_goes(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # an office of one word and an office of up to three words, of one organisation, are one role (tune: itweb)
    ("Adoption will grow, said Jane Roe, founder and chief executive officer of Sample Africa.",
     "founder and chief executive officer", "Sample Africa"),
    # ... but of two roles of more words, the one paired with the institution
    ("A new star was seen, said Jane Roe, study leader and assistant astronomy professor at Sample University.",
     "assistant astronomy professor", "Sample University"),
])
def test_a_one_word_office_and_another_of_one_organisation(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, institution", [
    # a campus after a university's name and a comma is part of its name (tune: wfdd, berkeleyastro)
    ("Floods will come more often, said Jane Roe, a geologist at the University of Sampleton, Davis, who studies them.",
     "University of Sampleton, Davis"),
    ("A new star was seen, said Jane Roe, an astronomer at the University of Sampleton, Twin Cities.",
     "University of Sampleton, Twin Cities"),
    ("Rates will fall, said Jane Roe, an economist at Sample Bank, London.", "Sample Bank"),  # no campus
])
def test_a_campus_after_a_universitys_name(body, institution):
    q = only(body)
    assert (q.speaker, q.institution) == ("Jane Roe", institution)


@pytest.mark.parametrize("role, title, institution", [
    # a unit 'of' the organisation holding it stays in the title; the parent is the institution
    # (tune: vovworld, antaranews, unn)
    ("Director of the Crop Production Department of the Ministry of Agriculture",
     "Director of the Crop Production Department", "Ministry of Agriculture"),
    ("head of the Public Weather Center of SMA", "head of the Public Weather Center", "SMA"),
    ("Chairman of the Board of NPC Sampleco", "Chairman of the Board", "NPC Sampleco"),
    # ... but not a name of its own with 'of' in it
    ("Chairman of the Board of Governors of the Sample Reserve", "Chairman", "Board of Governors of the Sample Reserve"),
    ("director of the Institute of Economics of the Sample Academy of Sciences", "director",
     "Institute of Economics of the Sample Academy of Sciences"),
    ("president of the Board of Trustees", "president", "Board of Trustees"),
])
def test_a_unit_of_its_parent_organisation(role, title, institution):
    mention = parse_mention("Jane Roe", role)
    assert (mention.title, mention.institution) == (title, institution)


@pytest.mark.parametrize("role, title, institution", [
    # 'in' a body named with an organisation's word is where the person works, as 'at' is (tune: hsph, cameroonconcordnews)
    ("assistant professor in the Department of Health Policy", "assistant professor", "Department of Health Policy"),
    ("permanent secretary of Sample Immunization Program in the Ministry of Public Health",
     "permanent secretary of Sample Immunization Program", "Ministry of Public Health"),
    # ... not a place
    ("an analyst in Sampleton", "analyst", None),
])
def test_a_role_in_an_organisation(role, title, institution):
    mention = parse_mention("Jane Roe", role)
    assert (mention.title, mention.institution) == (title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # a party's label before a capitalised office is no part of the title (tune: columbiatribune, wfsb)
    ("Republican Rep. Jane Roe said the state will win the case.", "Rep.", None),
    ("Democratic State Senator Jane Roe said the veto will stand.", "State Senator", None),
    # ... a party's own office is the party's role, and a lower-case role keeps the word
    ("Labour Leader Jane Roe said the party will win.", "Labour Leader", None),
    ("Liberal Democrat leader Jane Roe said the party will win.", "leader", "Liberal Democrat"),
    ("Republican strategist Jane Roe said the party will win.", "Republican strategist", None),
])
def test_a_party_label_before_an_office(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, speaker, title", [
    # abbreviations of offices before a name are titles, not part of the name (tune: bgdailynews, warringtonguardian)
    ("Gov. Jane Roe, on hand to praise the plant, said it will bring jobs.", "Jane Roe", "Gov."),
    ("Sampleland Gov. Jane Roe said the plant will bring jobs.", "Jane Roe", "Sampleland Gov."),  # a state's office, whole
    ("Cllr Jane Roe said the council tax will rise.", "Jane Roe", "Cllr"),
    # like 'Councillor', a form of address that a printed role replaces
    ("Clr Jane Roe, executive board member for resources, said the council tax will rise.", "Jane Roe",
     "executive board member for resources"),
])
def test_abbreviated_offices_before_a_name(body, speaker, title):
    q = only(body)
    assert (q.speaker, q.title) == (speaker, title)


@pytest.mark.parametrize("body, title", [
    # a rank with its first word abbreviated, between the role and the name, is the person's rank (tune: outlookafghanistan)
    ("Sample Force spokesman Brig. General Jane Roe said the attacks will go on.", "spokesman"),
    ("Sample Force spokesman Lt. Colonel Jane Roe said the attacks will go on.", "spokesman"),
])
def test_a_half_abbreviated_rank_after_the_role(body, title):
    q = only(body)
    assert (q.speaker, q.title) == ("Jane Roe", title)


def test_a_country_before_a_team_role_of_three_words_is_the_national_team():
    q = only("England spin bowling coach Jane Roe said the pitch will turn.")  # (tune: accuratefantasy)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "spin bowling coach", "England")


@pytest.mark.parametrize("body, title, institution", [
    # 'Professor' alone before a name is a form of address, dropped like 'Prof' and 'Dr' (tune: atlasobscura, scotsman,
    # zjggczm, newsandstar, thewriterstown); a role printed with it stays
    ("Professor Jane Roe, from Sample University, said the rains will return.", None, "Sample University"),
    ("Professor Jane Roe of Sample University said the rains will return.", None, "Sample University"),
    ("Sample University's Professor Jane Roe said the rains will return.", None, "Sample University"),
    ("Professor of Hydrology Jane Roe said the rains will return.", "Professor of Hydrology", None),
    ("Sample University professor Jane Roe said the rains will return.", "professor", "Sample University"),
])
def test_professor_alone_before_a_name_is_a_form_of_address(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # a possessive inside a name ended by one word of organisations is no owner of a unit (tune: bkmasks, kwwl)
    ("“Cases are rising,” said Jane Roe, Medical Director of Sample Children’s Hospital.", "Medical Director",
     "Sample Children’s Hospital"),
    ("According to Jane Roe, spokesperson for St. Sample's Hospital in East Sampleton, cases will rise.", "spokesperson",
     "St. Sample's Hospital"),
    # a unit of the owner named by more words stays in the title
    ("“Cases are rising,” said Jane Roe, deputy director of Sample Agency’s Science Mission Directorate.",
     "deputy director of Sample Agency’s Science Mission Directorate", "Sample Agency"),
])
def test_a_possessive_inside_a_name_is_no_owner(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # 'of'/'with'/'from' an organisation's unit with no role before it: the owner (tune: thedartmouth, alsiasi,
    # pressdemocrat, channelnewsau)
    ("“The ice will go,” said glaciologist Jane Roe of Sample Agency's Goddard Space Flight Center.", "glaciologist",
     "Sample Agency"),
    ("Jane Roe, of NASA’s Meteoroid Environment Office at the Marshall Space Flight Center, said the comet will "
     "glow.", None, "NASA"),
    ("“Fires will grow,” said fire meteorologist Jane Roe with the Sample Fire Center's Northern California operations.",
     "fire meteorologist", "Sample Fire Center"),
    # a possessive inside the name is no owner
    ("Jane Roe of Sample Children’s Hospital said cases will rise.", None, "Sample Children’s Hospital"),
])
def test_a_unit_of_an_owner_after_the_name_gives_the_owner(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body", [
    # an epithet of a person's standing before the name is no role (tune: tennis365, tennistemple, sports24ghana)
    "Three-time Sample Open champion Jane Roe said she will be fit for the final.",
    "Olympic champion Jane Roe said she will be fit for the final.",
    "Sampleland star Jane Roe said she will be fit for the final.",
])
def test_an_epithet_of_standing_before_a_name_is_no_role(body):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", None, None)


@pytest.mark.parametrize("body, title", [
    # an office of the local area named by its common noun alone is a place's office, named whole (tune: sudanspost,
    # morningjournalnews)
    ("“The outbreak will spread,” said the County Health Director, Jane Roe.", "County Health Director"),
    ("County Prosecutor Jane Roe said the indictments will double.", "County Prosecutor"),
])
def test_an_office_of_the_county_is_named_whole(body, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, None)


@pytest.mark.parametrize("body, title, institution", [
    # a named county's office capitalised as a whole: the county is the institution (tune: king5, santacruzsentinel,
    # kron4, dailypioneer, cigoutlet)
    ("Sample County Public Health Officer Jane Roe said cases will rise.", "Public Health Officer", "Sample County"),
    ("King County Health Officer Jane Roe said cases will rise.", "Health Officer", "King County"),
    ("Sampleton Parish Executive Jane Roe said the levee will hold.", "Executive", "Sampleton Parish"),
    ("Sample County Clerk Jane Roe said equipment has been set up.", "Clerk", "Sample County"),  # (tune: joplinglobe)
    # not an office held before or for now ('Interim County Manager'), nor one of the county unnamed
    ("Interim County Manager Jane Roe said the levee will hold.", "Interim County Manager", None),
])
def test_a_named_countys_office_names_the_county_as_institution(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, institution", [
    # a name whose last word makes it an organisation's (data/org_words.txt; tune: wmcactionnews5)
    ("“We have not seen the peak yet,” said Dr. Jane Roe, Sample Healthcare.", "Sample Healthcare"),
    ("“We have not seen the peak yet,” said Dr. Jane Roe, Sampleton Clinics.", "Sampleton Clinics"),
])
def test_a_healthcare_provider_in_apposition_is_the_institution(body, institution):
    (q,) = extract_text(body)  # (the role tagger reads the word list's flag: the rules read the name as a title)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", None, institution)


@pytest.mark.parametrize("phrase, title, name", [
    ("CIA Harold Roe", "CIA", "Harold Roe"),
    ("PRO PK Roe", "PRO", "PK Roe"),
    ("Co-trainer Harold Roe", "Co-trainer", "Harold Roe"),
    ("Assemblyman Harold Roe", "Assemblyman", "Harold Roe"),
    ("KP Sharma Roe", None, "KP Sharma Roe"),  # initials, not an acronym
    ("ISO New England", None, "ISO New England"),  # 'New' is a word of the language, no given name
])
def test_an_acronym_or_a_compound_role_before_a_full_name_is_no_part_of_it(phrase, title, name):
    from quotes.extraction.mentions import split_title_name
    assert split_title_name(phrase) == (title, name)


def test_a_surname_resolves_past_an_acronym_printed_before_the_full_name():
    found = quotes_of("Director of the CIA Harold Roe spoke in Washington.\n\n"
                      "“Services are working day and night,” said Mr. Roe.")
    assert [q.speaker for q in found] == ["Harold Roe"]


@pytest.mark.parametrize("body, title", [
    ("Councilmember Jane Roe says the project is vital.", "Councilmember"),
    ("Gov Jane Roe said the floods will spread south.", "Gov"),
])
def test_a_title_word_before_a_name_is_the_title(body, title):
    q = only(body)
    assert (q.speaker, q.title) == ("Jane Roe", title)


@pytest.mark.parametrize("np, title, name", [
    ("Director of Disaster Management Jane Roe", "Director of Disaster Management", "Jane Roe"),
    ("Secretary of Sample Real-Estate Union Jane Roe", "Secretary of Sample Real-Estate Union", "Jane Roe"),
    ("Scientific Officer Climatology Jane Roe", "Scientific Officer Climatology", "Jane Roe"),
])
def test_a_fields_or_an_organisations_noun_before_a_name_ends_the_title(np, title, name):
    assert split_title_name(np) == (title, name)


def test_a_leads_capitalised_the_is_no_part_of_an_organisations_name():
    q = only("THE Sampleton Weather Office has warned that the cyclone season will be active.")
    assert (q.speaker, q.text) == ("Sampleton Weather Office", "the cyclone season will be active")


def test_eng_before_a_name_is_an_honorific():
    q = only("The director of engineering services, Eng Jane Roe, has warned that the dam will run dry.")
    assert (q.speaker, q.title) == ("Jane Roe", "director of engineering services")


def test_a_body_named_with_a_country_owns_the_person_after_its_possessive():
    q = only("It will be a dry summer, says Environment Canada's Jane Roe.")
    assert (q.speaker, q.institution) == ("Jane Roe", "Environment Canada")


@pytest.mark.parametrize("body, title, institution", [
    ("Sample Air Chief Executive Jane Roe said bookings would recover by the summer.", "Chief Executive", "Sample Air"),
    ("Norway Tourism Chief Operating Officer Jane Roe said visitor numbers would rise next year.",
     "Chief Operating Officer", "Norway Tourism"),
    ("Acme Investment Managers CIO Jane Roe expects the shortage to last a year.", "CIO", "Acme Investment Managers"),
])
def test_capitalised_words_before_a_company_officer_name_the_company(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


def test_a_unit_of_an_owner_named_with_of_stays_in_the_title():
    q = only("“The vote was safe,” said Jane Roe, director of the Bank of Sampleland’s Payments Systems Department.")
    assert (q.title, q.institution) == ("director of the Bank of Sampleland’s Payments Systems Department", "Bank of Sampleland")


@pytest.mark.parametrize("body, title, institution", [
    ("Jane Roe, a professional investor and Acmeworks chief analyst, warned that a cyberattack may come within months.",
     "chief analyst", "Acmeworks"),
    ("“Rates will fall,” said Jane Roe, an economist and Sample Bank chief strategist.", "chief strategist", "Sample Bank"),
])
def test_of_two_roles_joined_by_and_the_one_with_its_organisation(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


def test_an_abbreviated_rank_between_an_office_and_the_name_is_no_part_of_the_title():
    q = only("Three suspects were arrested, Sample Police Chief Gen. Jane Roe told a news conference.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "Chief", "Sample Police")


def test_a_role_printed_with_accents_is_a_person_noun():
    q = only("Jane Roe, a former Australian defence attaché to Ruritania, says she cannot follow the decision.")
    assert (q.speaker, q.title) == ("Jane Roe", "former defence attaché to Ruritania")


@pytest.mark.parametrize("body, title", [
    ("“NATO is ready,” said Latvian General Jane Roe.", "General"),
    ("“NATO is ready,” said Russian Lieutenant General Jane Roe.", "Lieutenant General"),
    ("“NATO is ready,” said German Ambassador Jane Roe.", "German Ambassador"),  # a state's office keeps it
])
def test_a_nationality_before_a_military_rank_goes(body, title):
    q = only(body)
    assert (q.speaker, q.title) == ("Jane Roe", title)


def test_a_descriptor_before_an_acronym_and_its_officer_goes():
    q = only("“Demand is rising,” Polish copper producer SAMCO CEO Jane Roe told reporters.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "CEO", "SAMCO")


@pytest.mark.parametrize("body", [
    "Jane Roe, head of fuel analysis for PumpWise, said prices will rise.",
    "“Prices will rise,” said Jane Roe, head of fuel analysis for PumpWise.",
    "According to Jane Roe, head of fuel analysis for PumpWise, prices will rise.",
])
def test_a_one_word_firm_after_for_is_the_employer_in_every_frame(body):
    # a one-word name that is no word of the language names the employer after 'for' as before a role
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "head of fuel analysis", "PumpWise")


@pytest.mark.parametrize("body", [
    "“Cases will rise,” said Jane Roe, health officer for Public Health – Sampleton & King County.",
    "Jane Roe, health officer for Public Health – Sampleton & King County, said cases will rise.",
])
def test_a_body_named_for_its_area_after_a_dash_is_one_institution(body):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "health officer", "Public Health – Sampleton & King County")


def test_a_dash_before_an_aside_ends_the_institution():
    q = only("“Cases will rise,” said Jane Roe, health officer for Sample Health – the county's agency.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "health officer", "Sample Health")


@pytest.mark.parametrize("body, title, institution", [
    ("Jane Roe, Labour group leader on Sampleton City Council, said rates will rise.",
     "Labour group leader", "Sampleton City Council"),
    ("“Rates will rise,” said Jane Roe, a member on the Sample Water Board.", "member", "Sample Water Board"),
    ("“Rates will rise,” said Jane Roe, an expert on Sample Region Affairs.", "expert on Sample Region Affairs", None),
])
def test_a_role_on_a_body_one_sits_on_names_it(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body", [
    "SR Foreign Minister Jane Roe said talks will resume.",
    "Jane Roe, SR Foreign Minister, said talks will resume.",
    "“Talks will resume,” said SR Foreign Minister Jane Roe.",
])
def test_an_acronym_before_a_minister_of_a_portfolio_stays_in_the_title_in_every_frame(body):
    # a state's office named by its portfolio is named whole, before the name as in apposition
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "SR Foreign Minister", None)


def test_an_acronym_before_another_office_is_its_organisation():
    q = only("SAMA Director Jane Roe said talks will resume.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "Director", "SAMA")


@pytest.mark.parametrize("name", ["Piet van den Berg", "Anna den Uyl", "Rui dos Santos", "Anna ter Horst"])
@pytest.mark.parametrize("frame", ["“Prices will fall next year,” said {name}, a forecaster.",
                                   "“Prices will fall next year,” {name} said."])
def test_a_name_with_any_particle_is_a_source_after_the_verb_as_before_it(name, frame):
    # the particles of NAME_PARTICLES keep a name whole where 'van der' always did ('den', 'dos', 'ter')
    assert only(frame.format(name=name)).speaker == name


@pytest.mark.parametrize("text, reading", [
    # one name that is no word of the language, before an organisation, is a person known by one name
    ("Naresh from the Sample Meteorological Department", ("Naresh", "person", "Sample Meteorological Department")),
    ("Naresh of the Sample Meteorological Department", ("Naresh", "person", "Sample Meteorological Department")),
    ("Bank of the West", ("Bank of the West", "organization", None)),
])
def test_a_person_known_by_one_name_at_an_organisation(text, reading):
    mention = parse_mention(text)
    assert (mention.name, mention.kind, mention.institution) == reading


@pytest.mark.parametrize("text, name, title", [
    # 'Sheikh', 'Shaikh' and 'Daw' opening a name of two words or more are honorifics; before one word, part of it
    ("Sheikh Jane Roe Sample", "Jane Roe Sample", None),
    ("Deputy Secretary General Shaikh Jane bin Roe", "Jane bin Roe", "Deputy Secretary General"),
    ("Daw Jane Roe", "Jane Roe", None),
    ("Prime Minister Sheikh Roe", "Sheikh Roe", "Prime Minister"),
    ("Jane Sheikh Roe", "Jane Sheikh Roe", None),
])
def test_an_honorific_that_opens_a_name(text, name, title):
    mention = parse_mention(text)
    assert (mention.name, mention.title) == (name, title)


@pytest.mark.parametrize("text, name", [
    # a kind of organisation of two words after its name is no part of it (data/org_kinds.txt)
    ("Sample news agency", "Sample"),
    ("the Sample Capital consulting agency", "Sample Capital"),
    ("the Sample Times newspaper", "Sample Times"),
    ("the Sample Agency", "Sample Agency"),
])
def test_an_organisation_before_its_kind(text, name):
    mention = parse_mention(text)
    assert (mention.name, mention.kind) == (name, "organization")


@pytest.mark.parametrize("body, title, institution", [
    # an owner's or a founder's business is the institution, whatever its name looks like
    ("Prices will climb, said Tom Reed, co-owner of Reed Acres Farms.", "co-owner", "Reed Acres Farms"),
    ("Prices will climb, said Tom Reed, owner of Tri-Town Fuels.", "owner", "Tri-Town Fuels"),
    ("Prices will climb, said Tom Reed, who owns Reed Acres Farms.", None, "Reed Acres Farms"),
    # the level of government before a body's name is the reporter's word, not the name's
    ("Hiring will slow, said Tom Reed, an economist with the state Employment Security Department.",
     "economist", "Employment Security Department"),
    ("Hiring will slow, said Tom Reed, secretary of the state Health and Human Services Agency.",
     "secretary", "Health and Human Services Agency"),
    # who advises a body works for it; who advises a person has a role, no institution
    ("Bills will rise, said Tom Reed, a former advisor to the Sample Utility Commission.",
     "former advisor", "Sample Utility Commission"),
    ("Bills will rise, said Tom Reed, an adviser to Governor Jane Roe.", "adviser to Governor Jane Roe", None),
    ("Bills will rise, said Tom Reed, a longtime adviser to the Sample Utility Commission on pricing.",
     "adviser to the Sample Utility Commission on pricing", None),  # ('longtime' is the reporter's word)
])
def test_owners_advisers_and_bodies_of_a_level_of_government(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, institution)


def test_a_state_owning_a_role_is_no_institution():
    # a US state, a Canadian province, an Australian state is a place, as a country is
    q = only("Cases will rise, said Jane Roe, Michigan’s chief medical executive.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "chief medical executive", None)


def test_the_first_of_two_capitalised_roles_each_with_its_body():
    q = only("The Reserve Bank of Sampleland Governor and Chairman of the Policy Committee, Jane Roe says growth will slow.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "Governor", "Reserve Bank of Sampleland")


@pytest.mark.parametrize("body, speaker", [
    # a noun naming a person, a title or a country's word before a given name is no part of the name
    ("Farmer Jim Tiede, who grows potatoes, said the harvest will be late.", "Jim Tiede"),
    ("Billionaire Elon Musk said robots will take every job.", "Elon Musk"),
    # a word of the language before a given name ('Enter' a sentence's verb), not a short one that may be a
    # syllable of a name ('Lai Sing Louie': 'Lai' is a dictionary word, 'Sing' a given name)
    ("Enter Sam Reedman, a professor of communication arts. He started a film in 2014.\n\n"
     "“It was a little gem of a story,” says Prof. Reedman.", "Sam Reedman"),
    ("Regional economist Lai Sing Louie said sales will hit a record.", "Lai Sing Louie"),
    # a given name before another is the name's own ('Mark' and 'Anthony' are both given names)
    ("Mark Anthony Roe said the harvest will be late.", "Mark Anthony Roe"),
])
def test_words_before_a_given_name_are_no_part_of_it(body, speaker):
    assert only(body).speaker == speaker


def test_a_surname_later_is_the_person_named_after_the_words_before_a_given_name():
    body = ("Farmer Jim Tiede grows potatoes near Sampleton.\n\n"
            "“It will be a late harvest,” Tiede said.")
    assert only(body).speaker == "Jim Tiede"


@pytest.mark.parametrize("text, title, institution", [
    ("Regional Director Jane Roe", "Regional Director", None),  # an adjective of the language says which post
    ("Scientific Officer Jane Roe", "Scientific Officer", None),
    ("Programme manager Jane Roe", "Programme manager", None),  # a unit's noun (data/unit_nouns.txt)
    ("Mission Chief Jane Roe", "Mission Chief", None),
    ("Samplebank CEO Jane Roe", "CEO", "Samplebank"),  # an organisation's name stays one
])
def test_a_word_that_qualifies_a_title_is_no_organisation(text, title, institution):
    mention = parse_mention(text)
    assert (mention.name, mention.title, mention.institution) == ("Jane Roe", title, institution)


def test_an_owners_acronym_in_brackets_after_its_possessive_is_no_part_of_the_title():
    q = only("“Flu will peak in February,” said Jane Roe, the Sample Council of Health’s (SCH) director of health protection.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "director of health protection", "Sample Council of Health")


@pytest.mark.parametrize("text", ["Sample G2", "Channel 4", "Newswatch 16"])
def test_a_capitalised_name_holding_a_number_is_an_organisation(text):
    mention = parse_mention(text)
    assert (mention.kind, mention.name) == ("organization", text)


@pytest.mark.parametrize("body, title, institution", [
    # an organisation's name holding 'of' runs on to a capitalised title and a name
    ("Office of Emergency Management Director Tom Reed said the county faced a drought.",
     "Director", "Office of Emergency Management"),
    ("The Office of Emergency Management Director Tom Reed said the county faced a drought.",
     "Director", "Office of Emergency Management"),
    # a rank after an office and a comma is replaced by the office; a chief of staff's staff is no organisation
    ("Chief of Army Staff (COAS), General Tom Reed has said that fencing on the border has begun.",
     "Chief of Army Staff", None),
    ("Sample Army Deputy Chief of Staff Tom Reed said that fencing on the border has begun.",
     "Deputy Chief of Staff", "Sample Army"),
    # an office named by what it supervises, then its holder
    ("Sample County Supervisor of Elections Tom Reed wrote on his page that turnout was slow.",
     "Sample County Supervisor of Elections", None),
    # a given name that is a title word too ('Dean'), after a lower-case role and before the surname alone
    ("SBM meteorologist Dean Reed told the agency the heat was rare.", "meteorologist", "SBM"),
    # the role held now, after a former one
    ("Former intelligence chief Tom Reed, now head of the Sample Institute for Security Studies, said the country "
     "faces a crisis.", "head", "Sample Institute for Security Studies"),
    ("Tom Reed, former Trade Minister, now a member of the Sample Advisory Council, said exports will struggle.",
     "member", "Sample Advisory Council"),
    # an owner's name holding 'for … and …', its acronym in brackets after the possessive
    ("Tom Reed, the Center for Strategic and Budgetary Assessments’ (CSBA) vice president for strategic studies, "
     "said cuts would come.", "vice president for strategic studies", "Center for Strategic and Budgetary Assessments"),
    # the body a person leads, 'across' it
    ("Jane Reed, who leads urgent and emergency care across Sample NHS, said demand was unprecedented.",
     None, "Sample NHS"),
])
def test_the_role_beside_a_name_read_whole(body, title, institution):
    q = only(body)
    assert (q.speaker.split()[-1], q.title, q.institution) == ("Reed", title, institution)


def test_a_name_after_an_organisations_title_is_indexed_for_its_surname_later():
    body = ("Sample School of Business Professor Tom R. Reed, an economist who teaches markets, each year looks ahead.\n\n"
            "“A recession will come in 2016,” said Reed.")
    assert only(body).speaker == "Tom R. Reed"


def test_a_judges_address_after_a_role_stays_a_title():
    q = only("“The count is final,” said the commission’s chairwoman Justice Roe.")
    assert q.speaker != "Justice Roe"


@pytest.mark.parametrize("role, expected", [
    # one word of the language between an organisation's name and a capitalised title is the title's
    ("Sample Corp Communications Director", ("Communications Director", "Sample Corp")),
    ("SHO Interim Chair", ("Interim Chair", "SHO")),
    ("WHO Regional Director", ("Regional Director", "WHO")),
    # (not an organisation's word, nor two words, which may name a unit)
    ("UN Security Council President", ("President", "UN Security Council")),
])
def test_a_word_of_the_title_after_an_organisations_name(role, expected):
    assert split_institution_role(role) == expected


@pytest.mark.parametrize("name, kind", [
    ("Palo Alto Networks", "organization"),  # an organisation's word in the plural
    ("National Institutes of Health", "organization"),
    ("Gordon Banks", "person"),  # (a surname after a given name or an honorific)
    ("Mr Banks", "person"),
])
def test_an_organisations_word_in_the_plural(name, kind):
    assert classify_name(name) == kind


@pytest.mark.parametrize("source", ["A team of strategists led by Tom Reed at Sample Bank",
                                    "A group of economists at Sample Bank"])
def test_a_collective_of_people_with_its_post_modifier_is_one_unnamed_group(source):
    q = only(f'{source} said, "The stock market may become more cautious."')
    assert (q.speaker, q.anonymous) == (source, True)


@pytest.mark.parametrize("text, name", [
    # a lower-case role before a name holding particles ('van den')
    ("area controller Arie van den Ende", "Arie van den Ende"),
    ("Sampleton area controller Tom van Reed", "Tom van Reed"),
])
def test_a_role_before_a_name_with_particles(text, name):
    mention = parse_mention(text)
    assert (mention.kind, mention.name) == ("person", name)


@pytest.mark.parametrize("text, kind, name", [
    # a noun of a trade before a firm's name: the firm speaks
    ("US forecaster Sample G2", "organization", "Sample G2"),
    ("consultant Sample Partners", "organization", "Sample Partners"),
    ("consultant SamplePartners", "organization", "SamplePartners"),
    # (not before a person's name or a surname)
    ("forecaster Tom Reed", "person", "Tom Reed"),
    ("forecaster Reed", "person", "Reed"),
    # a kind of firm before a name opening with an acronym or a brand's lower-case letter
    ("Analyst firm SMH iSample", "organization", "SMH iSample"),
    ("Analyst firm SMH Sample", "organization", "SMH Sample"),
    ("Sampleland miner SMH CEO Tom Reed", "person", "Tom Reed"),
])
def test_a_trade_before_a_firms_name(text, kind, name):
    mention = parse_mention(text)
    assert (mention.kind, mention.name) == (kind, name)


@pytest.mark.parametrize("role, expected", [
    # where or when the person spoke, after the name's comma, is no role
    ("on a recent edition of Sample TV", (None, None)),
    ("as a panel of lawmakers met at a ski resort", (None, None)),
    # a role held 'as'
    ("as chairman of the Sample Fund", ("chairman", "Sample Fund")),
])
def test_an_occasion_after_a_name_is_no_role(role, expected):
    assert split_institution_role(role) == expected


@pytest.mark.parametrize("body, speaker", [
    # a person's own body, then its name: the body speaks
    ("Tom Reed will recover, his team Sample Racing said.", "Sample Racing"),
    ("Tom Reed will recover, his club Sample United said on Monday.", "Sample United"),
    ("Her party Sample First said the vote was rigged.", "Sample First"),
    # named by its kind alone, it is a description, not nobody
    ("Tom Reed crashed on Tuesday. He will recover, his team said.", "his team"),
])
def test_a_persons_own_body_speaks(body, speaker):
    assert quotes_of(body)[-1].speaker == speaker


@pytest.mark.parametrize("role, title, institution", [
    # an organisation's name, then a capitalised office of a field
    ("Sample Office Chief of Science and Technology", "Chief of Science and Technology", "Sample Office"),
    ("Sample Health Department Administrator of Community Health", "Administrator of Community Health",
     "Sample Health Department"),
    # (a capitalised verb's form in a body's name is no verb: 'Met Office')
    ("Met Office Chief of Science and Technology", "Chief of Science and Technology", "Met Office"),
])
def test_an_organisation_then_an_office_of_a_field_before_the_name(role, title, institution):
    q = only(f"{role}, Professor Tom Reed, said he was not expecting to see such heat.")
    assert (q.speaker, q.title, q.institution) == ("Tom Reed", title, institution)


@pytest.mark.parametrize("body", [
    "Ministry of Finance Permanent Secretary Tom Reed said growth will slow.",
    "Tom Reed, the Ministry of Finance Permanent Secretary, said growth will slow.",
])
def test_an_office_of_two_words_after_a_ministrys_name_is_whole(body):
    q = only(body)
    assert (q.title, q.institution) == ("Permanent Secretary", "Ministry of Finance")


@pytest.mark.parametrize("body", [
    "Sample County Emergency Management director Tom Reed said they are ready.",
    "“We are ready,” said Tom Reed, Sample County Emergency Management director.",
])
def test_a_named_countys_office_with_its_title_word_in_lower_case(body):
    q = only(body)
    assert (q.title, q.institution) == ("Emergency Management director", "Sample County")


@pytest.mark.parametrize("role, title, institution", [
    # a state body's word with other words of a name is an organisation's ('Union')
    ("Secretary of Sampleland Real-Estate Union", "Secretary", "Sampleland Real-Estate Union"),
    # (a state's office stays whole)
    ("Secretary of State", "Secretary of State", None),
])
def test_a_secretary_of_a_named_union(role, title, institution):
    q = only(f"Tom Reed, {role}, said the market will recover.")
    assert (q.title, q.institution) == (title, institution)


def test_a_capitalised_kind_before_a_countrys_name_is_part_of_the_organisations():
    assert only("The rupiah will strengthen, Bank Indonesia said.").speaker == "Bank Indonesia"


@pytest.mark.parametrize("body, speaker", [
    # a paper printed with its capitalised 'The' keeps it
    ("Measles cases rose, The Sampleton Post reported.", "The Sampleton Post"),
    ("According to The Sample Times, exports grew by 10 percent.", "The Sample Times"),
    # (printed 'the', or no paper's name: the article goes)
    ("Measles cases rose, the Sampleton Post reported.", "Sampleton Post"),
    ("The Sample Bank said rates will rise.", "Sample Bank"),
])
def test_a_papers_the(body, speaker):
    assert only(body).speaker == speaker


def test_a_name_then_the_body_it_works_for():
    mention = parse_mention("Meteorologist Tom Reed for Sample Forecast Division")
    assert (mention.name, mention.title, mention.institution) == ("Tom Reed", "Meteorologist", "Sample Forecast Division")


def test_a_revision_speaks_for_its_maker():
    q = only("Job growth will slow in Sampleland, according to a downward revision by the Federal Reserve Bank of Sampleton.")
    assert q.speaker == "Federal Reserve Bank of Sampleton"


@pytest.mark.parametrize("body, title, institution", [
    # an executive's acronym opening the role is the title, not an organisation ('CEO of Samplecorp')
    ("CEO of Samplecorp Jane Roe has declared that robots will take many jobs.", "CEO", "Samplecorp"),
    # a firm's kind before its name is no part of it ('giant', as 'chipmaker')
    ("CEO of the Sampleland online sales giant Samplecorp Jane Roe has declared that robots will take many jobs.",
     "CEO", "Samplecorp"),
    # (an office of a field in words of the language stays whole before a name)
    ("Director of Communications Jane Roe said the talks will resume.", "Director of Communications", None),
])
def test_a_title_of_a_one_word_firm_before_a_name(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("role, title, institution", [
    ("City of Sampleton Mayor", "Mayor", "City of Sampleton"),
    ("City of Sample Hills Deputy Mayor", "Deputy Mayor", "City of Sample Hills"),
    ("County of Sampleton Executive", "Executive", "County of Sampleton"),
])
def test_a_local_government_named_by_its_kind_of_area_first(role, title, institution):
    q = only(f"{role} Jane Roe says the future of the region is bright.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("role, title, institution", [
    ("head of strategic analytics for Samplemotive", "head of strategic analytics", "Samplemotive"),
    ("head of strategic analytics for Motive", "head of strategic analytics", "Motive"),
    # (a portfolio, a place or a field after 'for' is no employer)
    ("Minister for Finance", "Minister for Finance", None),
    ("director for Europe", "director", None),
])
def test_one_capitalised_word_after_for_names_the_employer(role, title, institution):
    q = only(f'"Rates will rise," said Jane Roe, {role}.')
    assert (q.title, q.institution) == (title, institution)


@pytest.mark.parametrize("body, speaker", [
    ("Unemployment rose to 7.6 percent in January, according to the state Department of Workforce Development.",
     "Department of Workforce Development"),
    ("Sampleton added only 100 payroll jobs, according to the federal Bureau of Labor Statistics.",
     "Bureau of Labor Statistics"),
])
def test_a_level_of_government_before_a_bodys_name_is_no_part_of_it(body, speaker):
    assert only(body).speaker == speaker


def test_a_level_of_government_before_a_titled_name_stays_with_the_role():
    q = only("“It is still the time to prepare,” county Emergency Services Director Jane Roe said.")
    assert (q.speaker, q.title.split()[-3:], q.institution) == ("Jane Roe", ["Emergency", "Services", "Director"], None)


def test_a_research_house_is_a_kind_of_firm_before_its_name():
    q = only("House sales will drop by 25% this year, according to the latest analysis by research house Sample Economics.")
    assert q.speaker == "Sample Economics"


@pytest.mark.parametrize("role, title, institution", [
    # a minister's portfolio, however many capitalised words, is the state's office, whole
    ("Emergency Services Minister", "Emergency Services Minister", None),
    # a country of two words is no institution (a state official keeps it in the title)
    ("Marshall Islands climate envoy", "Marshall Islands climate envoy", None),
    # what the person was before is no organisation
    ("Cricketer-turned politician", "Cricketer-turned politician", None),
    # (a named body still owns its officer)
    ("Foreign Ministry spokeswoman", "spokeswoman", "Foreign Ministry"),
])
def test_words_before_a_role_that_name_no_organisation(role, title, institution):
    q = only(f"{role} Jane Roe said there is a watch zone along the coast.")
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body", [
    "Prices will rise, Jane Roe, a Sampleton based political analyst, told reporters.",
    '"Prices will rise," said Sampleton based political analyst Jane Roe.',
])
def test_where_a_person_is_based_without_its_hyphen_is_no_part_of_the_role(body):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", "political analyst", None)


@pytest.mark.parametrize("role, title, institution", [
    # a field before an academic's title is its own, no organisation
    ("Economics Professor", "Economics Professor", None),
    # a department named by its field after a university stays in the title, the university is the institution
    ("Sample State University Ag Economics Professor", "Ag Economics Professor", "Sample State University"),
    # (a firm whose name ends in a field keeps it)
    ("Capital Economics chief economist", "chief economist", "Capital Economics"),
])
def test_a_field_before_a_title_is_no_organisation(role, title, institution):
    q = only(f'"It has been the best year for some producers," {role} Jane Roe said.')
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("body, title, institution", [
    # a possessive ends the owner's name; the capitalised words after it are the role's
    ('"Attacks are the norm," explained Samplepoint’s Global Resident CISO Jane Roe.', "Global Resident CISO", "Samplepoint"),
    # (a state's office after a place's possessive stays the state's)
    ("Punjab’s Health Minister Jane Roe has warned that dengue cases will rise.", "Health Minister", None),
])
def test_a_possessive_owner_before_a_capitalised_role(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("role, title", [
    ("Central Bank Governor Professor", "Governor"),
    # (a rank of professors is the title itself)
    ("Associate Professor", "Associate Professor"),
])
def test_an_academic_address_after_a_public_office_is_no_part_of_it(role, title):
    q = only(f'"Things could return to normal in about six months," said {role} Jane Roe.')
    assert (q.speaker, q.title) == ("Jane Roe", title)


@pytest.mark.parametrize("role, title", [
    ("an economist based at Sample Bank", "economist"),
    ("Senior Curator of Corals based at Sample Bank", "Senior Curator of Corals"),
    # (a field in -ing is the title's own)
    ("principal scientific officer forecasting at Sample Bank", "principal scientific officer forecasting"),
])
def test_the_participle_before_a_place_of_work_is_no_part_of_the_title(role, title):
    q = only(f'"Reefs are at risk," said Jane Roe, {role}.')
    assert (q.title, q.institution) == (title, "Sample Bank")


@pytest.mark.parametrize("body, title", [
    ('"Prices will fall," EU energy commissioner Jane Roe said.', "energy commissioner"),
    ('"Prices will fall," said EU Chief Observer Jane Roe.', "Chief Observer"),
])
def test_the_eu_is_an_institution_not_a_nationality(body, title):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, "EU")


@pytest.mark.parametrize("body, speaker, kind", [
    # a country described in apposition is the state speaking, with no role
    ("Saudi Arabia, OPEC's largest oil producer, said output will rise.", "Saudi Arabia", "organization"),
    # (one word with a person's title is a person's surname)
    ("Jordan, the finance minister, said output will rise.", "Jordan", "person"),
])
def test_a_country_described_in_apposition_speaks_as_the_state(body, speaker, kind):
    q = only(body)
    assert (q.speaker, q.title is None, q.anonymous) == (speaker, kind == "organization", False)


@pytest.mark.parametrize("words", ["the former Vice President", "Vice President"])
def test_an_office_of_two_title_words_names_no_person(words):
    mention = parse_mention(words)
    assert (mention.kind, mention.name) == ("definite", words)


def test_a_department_is_no_field_before_a_rank():
    # ('Department' ends as a field's word does, -ment, but names the body: the rank after it is the title's)
    q = only("Sampleton Fire Department Battalion Chief Jane Roe said the fire was set on purpose.")
    assert (q.title, q.institution) == ("Battalion Chief", "Sampleton Fire Department")


def test_then_opening_a_sentence_is_no_part_of_a_name():
    assert only("Then Samplephat reckons at least 1.5 million arrivals will come from the mainland.").speaker == "Samplephat"


@pytest.mark.parametrize("body, title, institution", [
    # a name, its employer after 'of', then the person's role in apposition
    ('"The melt rates are large," said Jane Roe of the University of Sampleton, a scientist who studies the glacier.',
     "scientist", "University of Sampleton"),
    ("Jane Roe of Sample University, a scientist who studies the glacier, said the melt rates are large.",
     "scientist", "Sample University"),
])
def test_a_name_of_an_organisation_then_a_role_in_apposition(body, title, institution):
    q = only(body)
    assert (q.speaker, q.title, q.institution) == ("Jane Roe", title, institution)


@pytest.mark.parametrize("name, place", [
    ("Marshall Islands", True), ("Sierra Leone", True), ("North Korea", True), ("UK’s", True), ("Sample Islands", False),
])
def test_a_country_of_two_words_named_whole_is_a_place(name, place):
    from quotes.extraction.mentions import is_place

    assert is_place(name) is place
