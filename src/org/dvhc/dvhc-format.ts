/** Record shapes of the official administrative-unit files (data/dvhc, see its README). */
export interface Province2025 { code: string; name: string; shortName: string; type: string }
export interface Commune2025 { code: string; name: string; type: string; province: string; altCodes?: string[] }
export interface ProvinceOld { code: string; name: string; type: string }
export interface DistrictOld { code: string; name: string; type: string; province: string }
export interface CommuneOld { code: string; name: string; type: string; district: string; province: string }
export interface ProvinceMap { old: string; new: string }
export interface CommunePair { old: string; new: string; kind: 'full' | 'partial'; primary?: true; primaryBasis?: string; note: string }
export interface UnitWithoutOldCode { oldUnit: string; oldDistrict: string; oldProvince: string; new: string; note: string }

export interface DvhcFiles {
  units2025: { provinces: Province2025[]; communes: Commune2025[] };
  unitsPre2025: { provinces: ProvinceOld[]; districts: DistrictOld[]; communes: CommuneOld[] };
  mapping: { provinces: ProvinceMap[]; communes: CommunePair[]; unitsWithoutOldCommuneCode: UnitWithoutOldCode[] };
}

/** The last day of the pre-2025 tree and the first of the new one (NQ 202/2025/QH15). */
export const PRE2025_LAST_DAY = '2025-06-30';
export const REFORM_DAY = '2025-07-01';

/** "Tỉnh Hậu Giang" → "Hậu Giang": names carry their type as a prefix. */
export function stripType(name: string, type: string): string {
  return name.startsWith(`${type} `) ? name.slice(type.length + 1) : name;
}

/**
 * Keeps the part of the country whose pre-2025 provinces are listed, with the new provinces
 * they went into (used to import a region quickly, e.g. in tests).
 */
export function selectProvinces(files: DvhcFiles, oldProvinceCodes: string[] | undefined): DvhcFiles {
  if (!oldProvinceCodes?.length) return files;
  const oldSet = new Set(oldProvinceCodes);
  const newSet = new Set(files.mapping.provinces.filter((p) => oldSet.has(p.old)).map((p) => p.new));
  const oldCommunes = files.unitsPre2025.communes.filter((c) => oldSet.has(c.province));
  const oldCommuneCodes = new Set(oldCommunes.map((c) => c.code));
  const newCommunes = files.units2025.communes.filter((c) => newSet.has(c.province));
  const newCommuneCodes = new Set(newCommunes.map((c) => c.code));
  return {
    units2025: { provinces: files.units2025.provinces.filter((p) => newSet.has(p.code)), communes: newCommunes },
    unitsPre2025: {
      provinces: files.unitsPre2025.provinces.filter((p) => oldSet.has(p.code)),
      districts: files.unitsPre2025.districts.filter((d) => oldSet.has(d.province)),
      communes: oldCommunes,
    },
    mapping: {
      provinces: files.mapping.provinces.filter((p) => oldSet.has(p.old)),
      communes: files.mapping.communes.filter((p) => oldCommuneCodes.has(p.old) && newCommuneCodes.has(p.new)),
      unitsWithoutOldCommuneCode: files.mapping.unitsWithoutOldCommuneCode.filter((u) => oldSet.has(u.oldProvince)),
    },
  };
}
