# the ~ markers cover parenthesised operands including their parentheses and inner spaces
count = 3
label = "items"
text = "total: " + ((count) + (label))
