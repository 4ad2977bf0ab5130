# blocks indented consistently with tabs work like spaces
def f(n):
	if n > 0:
		return "positive"
	else:
		result = "non-positive"
		for i in range(2):
			result += "!"
		return result

print(f(1))
print(f(0))
class C:
	def m(self):
		return "tabbed method"
print(C().m())
