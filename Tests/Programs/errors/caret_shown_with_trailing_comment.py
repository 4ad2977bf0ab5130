# carets are omitted only when they would cover the whole line; a trailing comment keeps them
def fail():
    raise ValueError("marked")  # the comment is part of the line

fail()  # so is this one
