# an exception whose message is the empty string prints only the class name, without a colon
raise ValueError("")
