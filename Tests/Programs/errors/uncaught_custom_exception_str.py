# an uncaught exception's last line uses its __str__; nested classes show the qualified name
class Errors:
    class Invalid(Exception):
        def __str__(self):
            return "custom str for " + repr(self.args[0])

raise Errors.Invalid("payload")
