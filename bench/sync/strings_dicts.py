# strings_dicts: building strings, split/join, dict word counting,
# f-string formatting, dict iteration (keys/values/items), str methods.

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n_lines):
    lines = []
    seed = 7
    nw = len(WORDS)
    for i in range(n_lines):
        parts = []
        for j in range(12):
            seed = (seed * 69069 + 1) % 4294967296
            w = WORDS[(seed >> 8) % nw]
            if (seed >> 3) % 9 == 0:
                w = w.upper()
            parts.append(w)
        lines.append(" ".join(parts) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.strip(".").split(" "):
            key = word.lower()
            if key in counts:
                counts[key] += 1
            else:
                counts[key] = 1
    return counts


def bigrams(text):
    pairs = {}
    for line in text.splitlines():
        ws = line.rstrip(".").lower().split()
        for i in range(len(ws) - 1):
            k = ws[i] + "_" + ws[i + 1]
            pairs[k] = pairs.get(k, 0) + 1
    return pairs


def report(counts):
    out = []
    for word, n in counts.items():
        out.append(f"{word:>10}: {n:6d} {n / 1000:8.3f} [{word[:3].capitalize()}]")
    return out


def mangle(text):
    acc = 0
    s = ""
    for i, ch in enumerate(text[:100000]):
        if ch == " ":
            s += "_"
        elif ch.isupper():
            s += ch.lower()
        else:
            s += ch
        acc += ord(ch) * (i % 7)
    return s, acc


def main():
    text = make_text(70000)
    print("chars", len(text), "lines", text.count("\n") + 1)
    counts = count_words(text)
    total = 0
    for k in counts:
        total += counts[k]
    print("distinct", len(counts), "total", total)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for word, n in top:
        print(f"top {word} {n}")
    pairs = bigrams(text)
    best = max(pairs.values())
    print("bigrams", len(pairs), "best", best)
    lines = report(counts)
    joined = "|".join(lines)
    print("report", len(lines), len(joined), lines[0].strip())
    s, acc = mangle(text)
    print("mangle", len(s), s.count("_"), acc)
    h = 0
    for v in sorted(pairs.keys()):
        for ch in v:
            h = (h * 31 + ord(ch)) % 1000000007
    upper = 0
    for word in text.split():
        if word.isupper():
            upper += 1
    replaced = text.replace("alpha", "A").replace("omega", "Z")
    print("upper", upper, "replaced", len(replaced), replaced.find("Z"))
    print("checksum", h, total + acc + upper)


main()
