# a traceback lists every frame from the outermost call to where the exception was raised
def parse(text):
    return int(text)

def load(items):
    result = []
    for item in items:
        result.append(parse(item))
    return result

def main():
    print(load(["1", "2"]))
    print(load(["3", "four"]))

main()
