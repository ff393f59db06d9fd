"""Write the extractor's list of given names (``quotes/extraction/data/given_names.txt``).

    python scripts/given_names.py [--out PATH] [--locales en_US de_DE …]

The names are the first names Faker's person providers hold for each of its locales (male, female and
the rest), as the installed ``faker`` package ships them: one-word names in the Latin alphabet, three
letters or more ('Jim', 'Bilal', 'Ngozi'), in alphabetical order. Faker is MIT-licensed; its notice is
kept beside the list (``given_names.LICENSE``).

The extractor reads the list to tell the words before a person's name from the name itself: in 'Farmer
Jim Tiede' or 'Billionaire Elon Musk' a noun naming a person stands before a given name, so the name
starts there.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "quotes" / "extraction" / "data" / "given_names.txt"
NAME = re.compile(r"[^\W\d_][^\W\d_’'-]*(?:[’'-][^\W\d_]+)*")
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def header(version: str) -> str:
    return f"""\
# Given names ('Jim', 'Bilal', 'Ngozi'): the first names of Faker {version}'s person providers, every locale,
# one-word names in the Latin alphabet of three letters or more. Source: the faker package (Copyright (c) 2012
# Daniele Faraglia, MIT licence: given_names.LICENSE); written by scripts/given_names.py.
"""


def locales() -> list[str]:
    """The locales Faker has a person provider for."""
    import faker.providers.person as person

    return sorted(module.name for module in pkgutil.iter_modules(person.__path__))


def latin(name: str) -> bool:
    """A one-word name in the Latin alphabet, capitalised, of three letters or more."""
    return len(name) >= 3 and name[:1].isupper() and NAME.fullmatch(name) is not None \
        and all(ord(c) < 0x250 or c in "’'-" for c in name)


def given_names(wanted: list[str]) -> list[str]:
    """The sorted Latin-alphabet first names of the person providers of the locales *wanted*."""
    found: set[str] = set()
    for locale in wanted:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ATTRIBUTES:
            names = getattr(provider, attribute, ())
            if isinstance(names, (list, tuple, dict, set, frozenset)):  # (a locale may compute them: a property)
                found.update(name for name in names if latin(name))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--locales", nargs="+", help="Faker locales to read (default: all)")
    args = parser.parse_args(argv)
    import faker

    known = locales()
    unknown = sorted(set(args.locales or ()) - set(known))
    if unknown:
        parser.error(f"no person provider for locale {', '.join(unknown)}")
    names = given_names(args.locales or known)
    args.out.write_text(header(faker.VERSION) + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{len(names)} names written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
