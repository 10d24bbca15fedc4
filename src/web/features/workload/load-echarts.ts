import { BarChart } from "echarts/charts";
import {
	DataZoomInsideComponent,
	DataZoomSliderComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

/**
 * The parts of echarts the workload chart needs. Its view imports this module dynamically, so
 * echarts stays out of the app's first load.
 */
echarts.use([
	BarChart,
	DataZoomInsideComponent,
	DataZoomSliderComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	SVGRenderer,
]);

export { echarts };
