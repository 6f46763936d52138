import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue';
import type { EChartsOption, EChartsType } from 'echarts';

/**
 * ECharts, loaded only by the dashboards that use it (never part of the initial bundle).
 * `useChart(el, option)` renders `option` into `el` once both exist and resizes with the window.
 */
export async function loadEcharts() {
  return import('echarts');
}

export function useChart(el: Ref<HTMLElement | null | undefined>, option: Ref<EChartsOption | null | undefined>) {
  const chart = shallowRef<EChartsType>();
  const resize = () => chart.value?.resize();

  watch(
    [el, option],
    async ([element, opt]) => {
      if (!element || !opt) return;
      if (!chart.value) {
        const echarts = await loadEcharts();
        chart.value = echarts.init(element);
        window.addEventListener('resize', resize);
      }
      chart.value.setOption(opt, true);
    },
    { immediate: true, deep: true },
  );

  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize);
    chart.value?.dispose();
  });

  return { chart };
}
