"""Demo content for search: the index of everything seeded before, and a few promotions."""

from search import index


def seed(command):
    count = index.rebuild()
    command.log(f"Search index: {count} items in four languages.")
