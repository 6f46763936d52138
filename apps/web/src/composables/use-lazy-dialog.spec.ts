/* eslint-disable vue/one-component-per-file -- a page and the dialog it opens, as the composable is used */
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mount } from '@vue/test-utils';
import { useLazyDialog } from './use-lazy-dialog';

/** A dialog as the pages write them: `open(…)` exposed, an event when done. */
const Dialog = defineComponent({
  props: { label: { type: String, default: '' } },
  emits: ['saved'],
  setup(props, { expose, emit }) {
    const openedWith = ref<string[]>([]);
    expose({
      open: (name: string) => {
        openedWith.value = [...openedWith.value, name];
        emit('saved', name);
      },
    });
    return () => h('div', { 'data-testid': 'dialog' }, `${props.label}: ${openedWith.value.join(',')}`);
  },
});

function page() {
  const load = vi.fn(async () => ({ default: Dialog }));
  const saved: string[] = [];
  const Page = defineComponent({
    setup() {
      const dialog = useLazyDialog(load);
      return { dialog, onSaved: (name: string) => saved.push(name) };
    },
    template: `<div>
      <button data-testid="open" @click="dialog.open('金坛暖通')">open</button>
      <component :is="dialog.component.value" v-if="dialog.component.value" :ref="dialog.bind" label="写跟进" @saved="onSaved" />
    </div>`,
  });
  return { wrapper: mount(Page), load, saved };
}

describe('useLazyDialog', () => {
  it('loads nothing until opened, then loads once, renders the dialog and calls its open', async () => {
    const { wrapper, load, saved } = page();
    expect(load).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="dialog"]').exists()).toBe(false);

    await wrapper.get('[data-testid="open"]').trigger('click');
    await vi.waitFor(() => expect(saved).toEqual(['金坛暖通']));
    expect(wrapper.get('[data-testid="dialog"]').text()).toBe('写跟进: 金坛暖通');

    // Opened again: the same dialog, not loaded a second time.
    await wrapper.get('[data-testid="open"]').trigger('click');
    await vi.waitFor(() => expect(saved).toEqual(['金坛暖通', '金坛暖通']));
    expect(load).toHaveBeenCalledTimes(1);
    expect(wrapper.get('[data-testid="dialog"]').text()).toBe('写跟进: 金坛暖通,金坛暖通');
  });
});
