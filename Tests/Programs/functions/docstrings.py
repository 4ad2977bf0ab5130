# the first string literal in a function body becomes its __doc__
def documented():
    "One line doc."
    return 1
def multi():
    """Summary.

    Details here.
    """
def undocumented():
    x = "not a docstring"
    return x
print(documented.__doc__)
print(repr(multi.__doc__))
print(undocumented.__doc__)
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(C.__doc__, C.m.__doc__)
print(documented())
