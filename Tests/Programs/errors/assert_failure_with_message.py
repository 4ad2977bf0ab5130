# a failing assert with a message shows it after AssertionError:
items = []
assert len(items) > 0, f"expected items, got {len(items)}"
