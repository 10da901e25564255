#!/bin/sh
# Writes Sources/TransLintKit/Rules/BuiltinRuleFiles.swift: every rules/*.yaml file,
# base64-encoded, so that the built-in pack is compiled into the binary and `translint` works
# from any directory. Run it after adding, editing or deleting a file under rules/; the test
# suite fails while the embedded pack differs from rules/.
# Usage: scripts/embed-rules.sh   (from anywhere)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/Sources/TransLintKit/Rules/BuiltinRuleFiles.swift"
tmp="$out.tmp.$$"
{
    echo "// Generated from rules/*.yaml by scripts/embed-rules.sh. Do not edit."
    echo "enum BuiltinRuleFiles {"
    echo "    static let encoded: [(name: String, base64: String)] = ["
    for f in "$root"/rules/*.yaml; do
        [ -e "$f" ] || continue
        printf '        ("%s", "%s"),\n' "$(basename "$f")" "$(base64 < "$f" | tr -d '\n')"
    done
    echo "    ]"
    echo "}"
} > "$tmp"
if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv "$tmp" "$out"; echo "updated $out"; fi
