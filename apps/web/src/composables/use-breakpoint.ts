import { computed, onScopeDispose, ref, type ComputedRef, type Ref } from 'vue';

/** Widths at or below this are phones: one column, cards instead of tables, full-screen drawers. */
export const PHONE_MAX_WIDTH = 768;
const QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

/** True while the window is phone-wide (follows rotation and resizing). */
export function useIsPhone(): Ref<boolean> {
  const media = globalThis.matchMedia?.(QUERY);
  const isPhone = ref(!!media?.matches);
  if (media) {
    const onChange = (event: MediaQueryListEvent) => (isPhone.value = event.matches);
    media.addEventListener?.('change', onChange);
    onScopeDispose(() => media.removeEventListener?.('change', onChange));
  }
  return isPhone;
}

/**
 * The columns of an el-descriptions: `wide` on a wider screen, one on a phone, where three label and
 * value pairs a row left labels wrapping a character a line and codes running into the next cell.
 */
export function useDescriptionColumns(wide: number): ComputedRef<number> {
  const isPhone = useIsPhone();
  return computed(() => (isPhone.value ? 1 : wide));
}
