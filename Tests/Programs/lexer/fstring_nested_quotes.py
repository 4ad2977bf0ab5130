# f-strings containing the other kind of quote inside replacement fields
d = {"k": "v", 'other': 1}
print(f"{d['k']}")
print(f'{d["other"]}')
print(f"""{d["k"]} and {d['other']}""")
print(f'''{"nested" + 'both'}''')
print(f"{'quoted string'}")
print(f"{','.join(['a', 'b'])}")
print(f"{d['k']!r}")
