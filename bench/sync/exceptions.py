# exceptions: raising and catching exceptions in hot loops, custom
# exception class hierarchies with extra attributes, try/except/else/finally,
# re-raising, exception chaining (raise ... from ...), and built-in errors
# (KeyError, ZeroDivisionError, ValueError, IndexError) raised by the runtime.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__("cannot parse " + repr(text) + " at " + str(pos))
        self.text = text
        self.pos = pos


class RangeError(AppError):
    def __init__(self, value, limit):
        super().__init__("out of range")
        self.value = value
        self.limit = limit


def parse_number(text):
    value = 0
    if not text:
        raise ParseError(text, 0)
    for i, ch in enumerate(text):
        if ch < "0" or ch > "9":
            raise ParseError(text, i)
        value = value * 10 + (ord(ch) - 48)
    return value


def checked(text, limit):
    try:
        v = parse_number(text)
    except ParseError as e:
        raise ValueError("bad input") from e
    if v > limit:
        raise RangeError(v, limit)
    return v


def make_inputs(n):
    out = []
    for i in range(n):
        r = (i * 7919) % 23
        if r == 0:
            out.append("")
        elif r == 1:
            out.append(str(i) + "x")
        elif r < 5:
            out.append(str(i * 1000))
        else:
            out.append(str(i % 997))
    return out


def process(inputs):
    ok = 0
    total = 0
    parse_errors = 0
    range_errors = 0
    finals = 0
    pos_sum = 0
    for s in inputs:
        try:
            v = checked(s, 50000)
        except RangeError as e:
            range_errors += 1
            total += e.value % 1000
        except ValueError as e:
            parse_errors += 1
            cause = e.__cause__
            if isinstance(cause, ParseError):
                pos_sum += cause.pos
        else:
            ok += 1
            total += v
        finally:
            finals += 1
    return ok, total, parse_errors, range_errors, finals, pos_sum


def builtin_errors(n):
    d = {}
    for i in range(0, n, 3):
        d[i] = i
    lst = [1, 2, 3]
    key_misses = 0
    zero_divs = 0
    index_errs = 0
    value_errs = 0
    acc = 0
    for i in range(n):
        try:
            acc += d[i]
        except KeyError:
            key_misses += 1
        try:
            acc += 100 // (i % 5)
        except ZeroDivisionError:
            zero_divs += 1
        try:
            acc += lst[i % 5]
        except IndexError:
            index_errs += 1
        if i % 11 == 0:
            try:
                acc += int("n" + str(i))
            except ValueError:
                value_errs += 1
    return acc, key_misses, zero_divs, index_errs, value_errs


def depth(n):
    if n == 0:
        raise AppError("bottom")
    try:
        return depth(n - 1)
    finally:
        pass


def nested(n):
    caught = 0
    for i in range(n):
        try:
            try:
                depth(i % 20)
            except AppError:
                caught += 1
                raise
        except Exception as e:
            if str(e) == "bottom":
                caught += 1
    return caught


def main():
    inputs = make_inputs(400000)
    ok, total, pe, re_, fin, pos = process(inputs)
    print("process", ok, total, pe, re_, fin, pos)
    acc, km, zd, ie, ve = builtin_errors(400000)
    print("builtin", acc, km, zd, ie, ve)
    c = nested(50000)
    print("nested", c)
    try:
        checked("12a", 10)
    except ValueError as e:
        print("message", e, "|", e.__cause__)
    print("checksum", ok + total + pe + re_ + fin + pos + acc + km + zd + ie + ve + c)


main()
