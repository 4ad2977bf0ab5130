# a string literal missing its closing quote
message = "hello
print(message)
