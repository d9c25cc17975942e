import { useRef, useState, type DragEvent } from 'react';

/**
 * A file taken in two ways, as desktop apps do: dropped on an area, or picked with a button that opens
 * the system's file chooser (a hidden file input, kept out of the tab order: the button is the control).
 * `onFile` gets the one file; a drop while `disabled` is ignored.
 */
export function useFilePicking(onFile: (file: File) => void, { disabled, accept }: { disabled: boolean; accept: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (event.dataTransfer.types.includes('Files')) {
        event.preventDefault();
        setDragging(true);
      }
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent<HTMLElement>) => {
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      if (!disabled) onFile(file);
    },
  };
  const fileInput = (
    <input
      ref={input}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
  return { dragging, dropProps, fileInput, choose: () => input.current?.click() };
}
