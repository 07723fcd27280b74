/** The shortlist's write and CSV code as a separate chunk, loaded on the first action. */
export const loadWriters = () => import('./writers');
