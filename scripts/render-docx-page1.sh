#!/usr/bin/env bash
# Render page 1 of a DOCX to PNG, to look at a generated official document:
#   scripts/render-docx-page1.sh in.docx out.png
# Needs LibreOffice Writer (soffice) and poppler-utils (pdftoppm); see .ci/run.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "Cách dùng: $0 vao.docx ra.png" >&2
  exit 2
fi
in=$1
out=$2
[ -f "$in" ] || { echo "Không thấy tệp $in" >&2; exit 1; }
command -v soffice >/dev/null 2>&1 || { echo "Thiếu LibreOffice (soffice): apt-get install --no-install-recommends libreoffice-writer-nogui" >&2; exit 1; }
command -v pdftoppm >/dev/null 2>&1 || { echo "Thiếu pdftoppm: apt-get install --no-install-recommends poppler-utils" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/render-docx.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -- "$in" "$work/in.docx"
# A throwaway profile, so this works while another LibreOffice is running.
timeout 120 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/in.docx" >/dev/null
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/in.pdf" "$work/page1"
mv -- "$work/page1.png" "$out"
