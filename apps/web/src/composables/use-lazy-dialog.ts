import { markRaw, nextTick, shallowRef, type Component, type ComponentPublicInstance, type ShallowRef } from 'vue';

// A `.vue` file's default export; its instance exposes `open` (`defineExpose({ open })`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DialogComponent = new (...args: any) => any;
type OpenArgs<C extends DialogComponent> = InstanceType<C> extends { open: (...args: infer A) => unknown } ? A : unknown[];

export interface LazyDialog<C extends DialogComponent> {
  /** The dialog's component once loaded (render it with `v-if` and `:is`), undefined until first opened. */
  component: ShallowRef<Component | undefined>;
  /** Function ref for the rendered dialog (`:ref="dialog.bind"`). */
  bind: (instance: Element | ComponentPublicInstance | null) => void;
  /** Loads the dialog the first time, renders it, then calls its exposed `open`. */
  open: (...args: OpenArgs<C>) => Promise<void>;
}

/**
 * A dialog or drawer of a page loaded the first time it is opened, not with the page. A page's dialogs are
 * only seen after a click, but imported statically their code and the Element Plus components only they
 * use (the date picker of 写跟进, the upload of 导入 …) were part of the page's first load
 * (docs/performance.md "First load of the SPA").
 *
 *     const followUp = useLazyDialog(() => import('../components/follow-up-dialog.vue'));
 *     <component :is="followUp.component.value" v-if="followUp.component.value" :ref="followUp.bind" @saved="…" />
 *     followUp.open(customer);
 */
export function useLazyDialog<C extends DialogComponent>(load: () => Promise<{ default: C }>): LazyDialog<C> {
  const component = shallowRef<Component>();
  let instance: { open: (...args: OpenArgs<C>) => unknown } | null = null;
  return {
    component,
    bind: (rendered) => {
      instance = rendered as typeof instance;
    },
    async open(...args) {
      if (!component.value) component.value = markRaw((await load()).default as unknown as Component);
      // Rendered (and its ref bound) in the next flush after it first became available.
      if (!instance) await nextTick();
      instance?.open(...args);
    },
  };
}
