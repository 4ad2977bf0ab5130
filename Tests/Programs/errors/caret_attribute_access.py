# a failing attribute lookup gets carets under the whole attribute expression
class User:
    def __init__(self, name):
        self.name = name

users = [User("ann"), None]
for u in users:
    print(u.name.upper())
