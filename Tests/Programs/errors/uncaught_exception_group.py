# an uncaught ExceptionGroup prints its sub-exceptions in a box-drawing layout
def validate(record):
    problems = []
    if "name" not in record:
        problems.append(KeyError("name"))
    if record.get("age", 0) < 0:
        problems.append(ValueError("age must be non-negative"))
    if problems:
        raise ExceptionGroup("invalid record", problems)

validate({"age": -1})
