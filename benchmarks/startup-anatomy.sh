#!/usr/bin/env bash
# What the runtime initialises before Main (docs/performance.md, "Start-up"): publishes the NativeAOT
# tool and the NativeAOT hello world with the compiler's map file, then prints for each binary the
# size of the data the runtime rehydrates at start, the minor page faults of a run, and, for the
# tool, which assemblies' type data (method tables, generic dictionaries, statics) fills it and how
# much of that is generic code instantiated over the project's own types.
#
#   bash benchmarks/startup-anatomy.sh [output folder, default artifacts/startup-anatomy]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/startup-anatomy}
mkdir -p "$out"

# The build's output is kept in a log and shown only when publishing fails.
publish() {
  if ! dotnet publish "$1" -c Release -r linux-x64 -p:PublishAot=true -p:IlcGenerateMapFile=true \
      -o "$out/$2" -nologo -warnaserror >"$out/$2.publish.log" 2>&1; then
    cat "$out/$2.publish.log" >&2
    echo "startup-anatomy: publishing $1 failed (log above, kept in $out/$2.publish.log)" >&2
    exit 1
  fi
}
publish src/PrivacyPrinciples.Cli tool
publish benchmarks/HelloWorld.Aot hello

python3 - "$out" <<'PY'
import collections, html, os, re, statistics, struct, sys

out = sys.argv[1]
tool, hello = f"{out}/tool/privacy-principles", f"{out}/hello/hello-world"
tool_map = "src/PrivacyPrinciples.Cli/obj/Release/net10.0/linux-x64/native/privacy-principles.map.xml"
sample = "samples/attestations/copperfield-video.json"

def sections(path):
    """Section sizes from the ELF section headers (64-bit little-endian, as linux-x64 publishes)."""
    data = open(path, "rb").read()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = headers[shstrndx][4]
    name = lambda h: data[names + h[0]:data.index(b"\0", names + h[0])].decode()
    return {name(h): h[5] for h in headers}

def minor_faults(argv, runs=21):
    """Median minor page faults of a run, from the kernel's own accounting (wait4's rusage).
    posix_spawn starts the program without copying this process, whose faults would count too;
    the program's own output goes to /dev/null."""
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    counts = []
    for _ in range(runs):
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=quiet)
        counts.append(os.wait4(pid, 0)[2].ru_minflt)
    return int(statistics.median(counts))

faults = {
    "hello world": minor_faults([hello]),
    "privacy-principles --version": minor_faults([tool, "--version"]),
    "privacy-principles evaluate (one sample)": minor_faults([tool, "evaluate", sample, "--date", "2026-11-30"]),
}

kib = lambda n: f"{n / 1024:,.0f} KiB"
for label, path in (("hello world", hello), ("privacy-principles", tool)):
    s = sections(path)
    print(f"{label}: file {kib(os.path.getsize(path))}, code {kib(s.get('__managedcode', 0))}, "
          f"read-only data {kib(s.get('.rodata', 0))}, rehydrated at start {kib(s.get('.hydrated', 0))}")
print()
for label, count in faults.items():
    print(f"{label}: {count} minor page faults (median of 21 runs)")
print()

# Type data in the map file: every method table, generic dictionary and statics block, grouped by
# the assembly its (mangled) name starts with; "over project types" counts generic instantiations
# whose type arguments name a PrivacyPrinciples type, e.g. a List<Expectation> or a source-generated
# JSON converter for a report type.
kinds = "ConstructedEEType|EEType|TypeGenericDictionary|MethodGenericDictionary|GCStaticsPreInitData|WritableData"
assemblies = ["S_P_CoreLib", "S_P_TypeLoader", "S_P_Xml", "S_P_Uri", "S_P_Reflection", "System_Text_Json",
              "System_Text_RegularExpressions", "System_Linq", "System_CommandLine", "System_Collections_Concurrent",
              "System_Collections", "System_Security_Cryptography", "System_Console", "PrivacyPrinciples_Synthetic",
              "PrivacyPrinciples", "privacy_principles"]
total, over_ours, count = collections.Counter(), collections.Counter(), collections.Counter()
for line in open(tool_map, encoding="utf-8"):
    m = re.match(rf'\s*<({kinds}) Name="([^"]*)" Length="(\d+)"', line)
    if not m:
        continue
    name, length = html.unescape(m.group(2)), int(m.group(3))
    name = re.sub(r"^(_ZTV\d+|__writableData|Boxed_|__Array<|__GenericDict_|__GCStaticBase_)+", "", name)
    head, _, arguments = name.partition("<")
    owner = next((a for a in assemblies if head.startswith(a + "_")), "other")
    owner = "PrivacyPrinciples (the tool and its packages)" if owner in ("PrivacyPrinciples", "PrivacyPrinciples_Synthetic", "privacy_principles") else owner
    total[owner] += length
    count[owner] += 1
    if "PrivacyPrinciples" in arguments:
        over_ours[owner] += length

all_bytes, all_ours = sum(total.values()), sum(over_ours.values())
print(f"type data in privacy-principles: {kib(all_bytes)} in {sum(count.values()):,} blocks; "
      f"{kib(all_ours)} ({all_ours / all_bytes:.0%}) is generic code instantiated over the project's types")
print(f"{'assembly':48} {'type data':>10} {'blocks':>7} {'over project types':>19}")
for owner, length in total.most_common():
    if length >= 4096:
        shown = owner if " " in owner or owner == "other" else owner.replace("S_P_", "System.Private.").replace("_", ".")
        print(f"{shown:48} {kib(length):>10} {count[owner]:>7,} {kib(over_ours[owner]):>19}")
PY
