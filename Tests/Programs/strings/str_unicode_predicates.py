# Checks the is* predicates on non-ASCII digits, numerals, letters, spaces and controls
samples = ["٣", "०१२", "²", "½", "Ⅻ", "一二三", "①", "𝟙", "ⅷ", "x²", "ǅ", "ʰ", "Ⅰ", "\u00a0", "\u2003", "\u200b",
           "\x1c\x1d\x1e\x1f", "\x85", "\u2028", "é", "e\u0301", "日本", "😀", "\u00ad", "\x7f", "ͅ", "_٣", "ﬁ", "x-y"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isprintable(), s.isidentifier(), s.isascii(), s.isupper(), s.islower(), s.istitle())
print("".isprintable(), "".isascii(), "".isidentifier(), "".isdecimal(), "".istitle())
print("变量".isidentifier(), "x·y".isidentifier(), "℘x".isidentifier(), "1x".isidentifier(), "x\u0301".isidentifier())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
print("ΑΣ Ω".istitle(), "Ωμέγα Δ".istitle(), "1A".istitle(), "A1b".istitle())
