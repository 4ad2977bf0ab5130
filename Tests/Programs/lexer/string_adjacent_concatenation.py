# adjacent string literals are joined at compile time, mixing quote and prefix kinds
s = "abc" 'def' """ghi"""
print(s)
x = 42
print("value: " f"{x}" ' end')
print(r"raw\n" "cooked\n", end="|\n")
print(("multi"
       "line"
       ' join'))
print(len("a" "b" "c"))
parts = ["one" "two", "three"]
print(parts)
print("a" "" "b")
