// Placeholder while the benchmark tool is written.
print("exposure-bench")
