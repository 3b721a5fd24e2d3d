import { startDynalite } from '../../helpers/dynalite';
import { defineStoreSuite } from '../../helpers/service/storeSuite';

defineStoreSuite('dynalite', () => startDynalite());
