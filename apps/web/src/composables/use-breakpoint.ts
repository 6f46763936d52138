import { onScopeDispose, ref, type Ref } from 'vue';

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
