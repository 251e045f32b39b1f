import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { RESIDUAL_MARKS } from '../../src/common/residual-marks';

// The marks of significant cells come from the one definition the workbook also uses.
for (const [kind, mark] of Object.entries(RESIDUAL_MARKS)) {
  document.documentElement.style.setProperty(`--${kind}-bg`, mark.background);
  document.documentElement.style.setProperty(`--${kind}-ink`, mark.ink);
}

mount(App, { target: document.getElementById('app')! });
