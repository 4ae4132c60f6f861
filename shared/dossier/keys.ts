/** The files of one dossier version. Kept apart from the compiler, so that readers of
 * dossiers (the API) do not load the PDF and ZIP libraries. */
export const DOSSIER_FILES = ['dossier.pdf', 'dossier.zip'] as const;
export type DossierFileName = (typeof DOSSIER_FILES)[number];

export function dossierKey(caseId: string, version: number, name: DossierFileName): string {
  return `cases/${caseId}/dossiers/${version}/${name}`;
}

/** An empty object whose first writer owns the version (see `claimDossierVersion`). */
export function dossierClaimKey(caseId: string, version: number): string {
  return `cases/${caseId}/dossiers/${version}/claim`;
}
