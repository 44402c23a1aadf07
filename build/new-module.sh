#!/usr/bin/env bash
# Creates a domain module from the dotnet new template in build/module-template: the module, its Contracts and
# its test project (with a first slice test), added to the solution and referenced by the host.
# Usage: build/new-module.sh Name        e.g. build/new-module.sh Monitoring   (schema and role: monitoring)
# It also adds the module to Domein() in src/Nijkerk.SociaalDomein.Host/Modules.cs, the list of modules the host runs.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: build/new-module.sh Name}
[[ "$name" =~ ^[A-Z][A-Za-z]+$ ]] || { echo "Name is PascalCase letters, e.g. Monitoring" >&2; exit 2; }
[ ! -e "src/Modules/$name" ] || { echo "src/Modules/$name exists" >&2; exit 2; }

# A hive of this repository's own, so the template installed is always this copy's and nothing global changes.
hive=.local/dotnet-new
dotnet new install build/module-template --force --debug:custom-hive "$hive" >/dev/null
dotnet new nsd-module -n "$name" -o . --debug:custom-hive "$hive" >/dev/null

module="src/Modules/$name/Nijkerk.SociaalDomein.$name/Nijkerk.SociaalDomein.$name.csproj"
dotnet sln Nijkerk.SociaalDomein.sln add \
  "$module" "src/Modules/$name/Nijkerk.SociaalDomein.$name.Contracts/Nijkerk.SociaalDomein.$name.Contracts.csproj" >/dev/null
dotnet sln Nijkerk.SociaalDomein.sln add "tests/Nijkerk.SociaalDomein.$name.Tests/Nijkerk.SociaalDomein.$name.Tests.csproj" >/dev/null
dotnet add src/Nijkerk.SociaalDomein.Host/Nijkerk.SociaalDomein.Host.csproj reference "$module" >/dev/null
# dotnet add writes Windows separators; the project files use forward slashes.
sed -i "/Nijkerk.SociaalDomein.$name.csproj/s#\\\\#/#g" src/Nijkerk.SociaalDomein.Host/Nijkerk.SociaalDomein.Host.csproj
# The host runs the modules Domein() lists: the new one goes last, before the list's closing bracket.
modules=src/Nijkerk.SociaalDomein.Host/Modules.cs
grep -q "new ${name}.${name}Module()" "$modules" \
  || sed -i "/public static IModule\[\] Domein()/,/^    \];/ s/^    \];/        new ${name}.${name}Module(),\n    ];/" "$modules"
grep -q "new ${name}.${name}Module()" "$modules" || { echo "Could not add ${name}Module to Domein() in $modules: add it by hand" >&2; exit 1; }
echo "Created src/Modules/$name and tests/Nijkerk.SociaalDomein.$name.Tests; the host runs it (Domein() in $modules)."
