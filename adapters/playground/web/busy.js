// @ts-check
/**
 * A control disabled while its request runs. The API has already shown any failure to the user
 * (api.js), so a failed request resolves to null here; anything else that throws is a bug and is rethrown.
 */
import { ApiError } from './api.js';

/**
 * @template T
 * @param {HTMLButtonElement} control
 * @param {() => Promise<T>} work
 * @returns {Promise<T | null>}
 */
export async function whileBusy(control, work) {
  control.disabled = true;
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  } finally {
    control.disabled = false;
  }
}

/**
 * A form whose submit runs `work` with its submit button disabled; the form is cleared only when the
 * work succeeded, so a rejected entry stays there to be fixed.
 * @param {HTMLFormElement} form
 * @param {() => Promise<unknown>} work
 */
export function onSubmit(form, work) {
  const button = form.querySelector('button[type="submit"]');
  if (!(button instanceof HTMLButtonElement)) throw new Error('a form without a submit button');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(button, async () => {
      await work();
      form.reset();
    });
  });
}
