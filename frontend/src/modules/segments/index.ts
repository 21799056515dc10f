// The segments module's public surface, for the campaigns pages: the condition editor, the segment
// picker and what goes with them. Everything else here is the module's own.
export { SegmentEditor, type SegmentEditorProps } from "./components/SegmentEditor";
export { SegmentPicker, type SegmentPickerProps } from "./components/SegmentPicker";
export { countOf, formatCount, type SegmentCount } from "./count";
export { segmentName, SEGMENTS_URL, NEW_SEGMENT_URL, segmentUrl } from "./names";
export { conditionWords, type ConditionWordsContext } from "./words";
export { emptyCondition, fromCondition, problemsOf, toInput, SEGMENT_LIMITS } from "./tree";
