/**
 * Vietnamese phone numbers: parse what an editor typed ("0905 123 456", "+84 255 3822 111")
 * into one canonical shape that the site can link to (tel:, Zalo) and display.
 */
interface Phone {
  /** National form with spaces for reading: "0905 123 456" or "0255 3822 111". */
  display: string;
  /** E.164 without spaces: "+84905123456", for tel: links. */
  e164: string;
  /** True for a mobile number, the only kind Zalo accounts use. */
  mobile: boolean;
}

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/** Strips separators and turns +84/84 prefixes into the national leading 0. */
function normalisePhone(raw: string): string {
  let digits = raw.replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = "0" + digits.slice(3);
  else if (digits.startsWith("84") && digits.length >= 11) digits = "0" + digits.slice(2);
  return digits;
}

/** Returns the parsed phone, or null when the text is not a Vietnamese phone number. */
export function parsePhone(raw: string): Phone | null {
  const national = normalisePhone(raw);
  const mobile = MOBILE.test(national);
  if (!mobile && !LANDLINE.test(national)) return null;
  const display = mobile
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
  return { display, e164: "+84" + national.slice(1), mobile };
}

export function telHref(phone: Phone): string {
  return `tel:${phone.e164}`;
}

/** Zalo chat link: the number with its leading 0 replaced by 84. */
export function zaloHref(phone: Phone): string {
  return `https://zalo.me/${phone.e164.slice(1)}`;
}
