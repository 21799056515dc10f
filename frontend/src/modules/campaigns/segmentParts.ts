// The segment picker and editor the builder uses. The segments module (src/modules/segments) owns them;
// until it is on main these are small local stand-ins with the same props, so the swap is this one line.
export { SegmentEditor, SegmentPicker } from "./components/SegmentFallback";
