# a line indented more than its block is an IndentationError
x = 1
    y = 2
