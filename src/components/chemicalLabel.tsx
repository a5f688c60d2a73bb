/** "Si7Ge" as a formula: digits become subscripts, the text content stays "Si7Ge". */
export function ChemicalLabel({ id }: { id: string }) {
  const parts = id.split(/(\d+)/).filter(Boolean);
  return <>{parts.map((part, i) => (/^\d+$/.test(part) ? <sub key={i}>{part}</sub> : part))}</>;
}
