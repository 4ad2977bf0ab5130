# A small inventory report: classes, dicts, sorting, f-strings and exceptions.
class Item:
    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity

    @property
    def total(self):
        return self.price * self.quantity

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.quantity})"


class OutOfStock(Exception):
    pass


def take(stock, name, count):
    item = stock[name]
    if item.quantity < count:
        raise OutOfStock(f"only {item.quantity} {name} left, {count} wanted")
    item.quantity -= count
    return item.price * count


stock = {i.name: i for i in [Item("apple", 0.5, 40), Item("pear", 0.75, 12), Item("fig", 2.25, 3)]}
print(f"{'item':<8}{'price':>8}{'qty':>6}{'value':>9}")
for item in sorted(stock.values(), key=lambda i: i.total, reverse=True):
    print(f"{item.name:<8}{item.price:>8.2f}{item.quantity:>6}{item.total:>9.2f}")

for name, count in [("apple", 10), ("fig", 5), ("kiwi", 1)]:
    try:
        print(f"sold {count} {name} for {take(stock, name, count):.2f}")
    except OutOfStock as error:
        print("cannot sell:", error)
    except KeyError as error:
        print("unknown item", error)

print("left:", sorted(stock.values(), key=lambda i: i.name))
