#!/usr/bin/env bash
# tools/package-test.sh: the Debian package, as CI tests it (tools/test.sh
# counts it as one entry, package/install-and-regress).  As root:
#   1. copy this checkout (tracked and untracked, not ignored, files) to a
#      temporary directory, so the clone itself stays clean;
#   2. build the binary package there: dpkg-buildpackage -us -uc -b, which
#      runs pg_buildext for each version in debian/pgversions (15);
#   3. install it with apt, as a DBA would, and check with dpkg --verify
#      that the files PostgreSQL will load are the package's (a make install
#      before it put unowned files at the same paths, which dpkg replaces);
#   4. run the regression and isolation suite (make installcheck, from the
#      copy) against the installed package on a throwaway cluster;
#   5. purge the package and put back the make install of this checkout,
#      so the machine is left as tools/test.sh found it.
# Exit 0 when every step passed.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
work=$(mktemp -d /tmp/attendance-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
version=$(dpkg-parsechangelog -l debian/changelog -S Version)
pkg=postgresql-15-attendance

echo "== $(date +%T) copy to $work"
mkdir "$work/attendance-$version"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard \
        | tar --null -T - -cf - | tar -x -C "$work/attendance-$version"
else
    cp -a . "$work/attendance-$version"
fi

echo "== $(date +%T) dpkg-buildpackage"
(cd "$work/attendance-$version" && dpkg-buildpackage -us -uc -b)
deb=$work/${pkg}_${version}_$(dpkg --print-architecture).deb
dpkg-deb -I "$deb" | grep -E '^ (Package|Version|Depends):'

echo "== $(date +%T) apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
so=$(/usr/lib/postgresql/15/bin/pg_config --pkglibdir)/attendance.so
dpkg -S "$so"
bad=$(dpkg --verify "$pkg" || true)
if [ -n "$bad" ]; then
    echo "files of $pkg differ from the package:"; echo "$bad"; exit 1
fi

echo "== $(date +%T) installcheck against the installed package"
status=0
chmod 755 "$work"
pg_virtualenv -t -v 15 make -C "$work/attendance-$version" -s installcheck || status=$?
if [ "$status" -ne 0 ]; then
    cat "$work/attendance-$version"/regression.diffs "$work/attendance-$version"/output_iso/regression.diffs 2>/dev/null | head -100
fi

echo "== $(date +%T) purge $pkg, make install again"
dpkg --purge "$pkg"
make -s install
exit "$status"
