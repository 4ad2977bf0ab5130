# a failing call in a method chain is marked with carets
class Builder:
    def add(self, x):
        if x < 0:
            raise ValueError("negative: " + str(x))
        return self

b = Builder()
b.add(1).add(2).add(-3).add(4)
