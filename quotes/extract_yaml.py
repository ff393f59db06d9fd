"""Placeholder, replaced below."""
def to_yaml(*a, **k): raise NotImplementedError
def write_into(*a, **k): raise NotImplementedError
