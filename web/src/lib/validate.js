// The server's own checks of an applicant (src/dossier/reception.cpp), so a mistake shows as it
// is typed; the server checks again. Shared by the console's reception and the portal.
export function idNumberError(v) {
  if (!v) return 'Nhập số định danh cá nhân (12 chữ số trên căn cước).';
  if (/\D/.test(v)) return 'Số định danh cá nhân chỉ gồm chữ số.';
  if (v.length !== 12) return `Số định danh cá nhân gồm đúng 12 chữ số (đã nhập ${v.length}).`;
  return '';
}

export function phoneError(v) {
  if (!v) return 'Nhập số điện thoại để báo kết quả cho người nộp.';
  if (/[^\d+ .\-()]/.test(v)) return 'Số điện thoại chỉ gồm chữ số.';
  let d = v.replace(/\D/g, '');
  if (d.startsWith('84') && d.length >= 11) d = `0${d.slice(2)}`;
  if (/^0[35789]\d{8}$/.test(d) || /^02\d{9}$/.test(d)) return '';
  return 'Số điện thoại chưa đúng, ví dụ 0905111222.';
}

// Whether a document must be handed in on `channel`: the catalogue may mark one for some
// channels only (the online e-form), as the server judges it (src/dossier/reception.cpp).
export function requiredOn(doc, channel) {
  return !!doc.mandatory && (!doc.channels?.length || doc.channels.includes(channel));
}
