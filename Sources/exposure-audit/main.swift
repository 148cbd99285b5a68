print("exposure-audit")
