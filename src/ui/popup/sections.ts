// The popup's heavy part (scoring tables, forms, chart), split into its own chunk and loaded
// right after the first render: the header is on screen before this arrives.
export { VettingPanel } from './VettingPanel';
export { ByHandPanel } from './ByHandPanel';
