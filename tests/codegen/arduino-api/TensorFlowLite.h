// The Arduino_TensorFlowLite library's umbrella header: it only puts the library on the include path.
#pragma once
