// The few calls of 'qrcode' this module makes (the package ships no types; @types/qrcode is not needed for them).
declare module 'qrcode' {
  export interface QrModules {
    size: number;
    get(row: number, col: number): number | boolean;
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: QrModules };
}
