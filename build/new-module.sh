#!/usr/bin/env bash
# Creates a new module from build/module-template: the module and its Contracts project, added to the solution.
# Usage: build/new-module.sh Name schema      e.g. build/new-module.sh Monitoring monitoring
# Then add one line to src/Nijkerk.SociaalDomein.Host/Modules.cs and a ProjectReference in the host's csproj.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: build/new-module.sh Name schema}
schema=${2:?usage: build/new-module.sh Name schema}
[[ "$name" =~ ^[A-Z][A-Za-z]+$ ]] || { echo "Name is PascalCase, e.g. Monitoring" >&2; exit 2; }
[[ "$schema" =~ ^[a-z][a-z_]+$ ]] || { echo "schema is lower_snake_case, e.g. monitoring" >&2; exit 2; }
target="src/Modules/$name"
[ ! -e "$target" ] || { echo "$target exists" >&2; exit 2; }

cp -r build/module-template/__Module__ "$target"
find "$target" -depth -name '*__Module__*' | while read -r path; do
  mv "$path" "$(dirname "$path")/$(basename "$path" | sed "s/__Module__/$name/g")"
done
find "$target" -type f -exec sed -i "s/__Module__/$name/g; s/__schema__/$schema/g" {} +
dotnet sln Nijkerk.SociaalDomein.sln add "$target"/*/*.csproj >/dev/null
echo "Created $target. Now:"
echo "  1. add 'new ${name}Module(),' to src/Nijkerk.SociaalDomein.Host/Modules.cs"
echo "  2. add a ProjectReference to $target/Nijkerk.SociaalDomein.$name/Nijkerk.SociaalDomein.$name.csproj in the host's csproj"
echo "  3. write slices, with migrations in $target/Nijkerk.SociaalDomein.$name/Data/Migrations/0001_<name>.sql"
