# Checks full Unicode case mappings: special casing, final sigma, titlecase digraphs and case folding
words = ["straße", "ŉ", "ﬁne ﬂow", "ΐ", "İstanbul", "ǆemal", "ǅ", "ᾳ ᾼ", "ΣΑΣ ΟΔΟΣ", "Σ", "aΣ.b", "ΑΣ'Σ", "ﬀ", "ẞ", "Ꭰꭰ", "ſ", "µ"]
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()), ascii(w.casefold()))
print(len("ß".upper()), len("İ".lower()), len("ΐ".upper()))
print("ǅungla".title(), "ǆ".capitalize(), "ǅ".swapcase())
print("hello wORLD ǈ".title(), "ΣΑΣ".lower(), "ΣΑΣ".casefold())
print("ß".casefold() == "SS".casefold(), "ǰ".casefold() == "J̌".casefold())
print("Ǳ".istitle(), "ǲ".istitle(), "ǲa".istitle(), "ǲA".istitle())
print("ﬁ".isupper(), "ﬁ".islower(), "ǅ".isupper(), "ǅ".islower())
