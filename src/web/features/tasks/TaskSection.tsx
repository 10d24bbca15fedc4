import { useId } from "react";
import type { Task } from "../../../engine/tasks.ts";
import { TaskItem } from "./TaskItem.tsx";

interface TaskSectionProps {
	heading: string;
	empty: string;
	tasks: readonly Task[];
	canMarkDone: boolean;
	onMarked: (task: Task) => void;
}

/** One group of tasks under its heading, with the number of tasks in it. */
export function TaskSection({ heading, empty, tasks, canMarkDone, onMarked }: TaskSectionProps) {
	const id = useId();
	return (
		<section className="task-group" aria-labelledby={id}>
			<h2 id={id}>
				{heading} <span className="task-count">({tasks.length})</span>
			</h2>
			<TaskList tasks={tasks} empty={empty} canMarkDone={canMarkDone} onMarked={onMarked} />
		</section>
	);
}

/** The done tasks, folded away at the end. */
export function DoneSection({ heading, empty, tasks, canMarkDone, onMarked }: TaskSectionProps) {
	return (
		<details className="task-group task-done">
			<summary>
				<h2>
					{heading} <span className="task-count">({tasks.length})</span>
				</h2>
			</summary>
			<TaskList tasks={tasks} empty={empty} canMarkDone={canMarkDone} onMarked={onMarked} />
		</details>
	);
}

function TaskList({ tasks, empty, canMarkDone, onMarked }: Omit<TaskSectionProps, "heading">) {
	if (tasks.length === 0) return <p className="task-empty">{empty}</p>;
	return (
		<ul className="task-list">
			{tasks.map((task) => (
				<TaskItem
					key={`${task.offering.id}/${task.milestone.key}`}
					task={task}
					canMarkDone={canMarkDone}
					onMarked={onMarked}
				/>
			))}
		</ul>
	);
}
